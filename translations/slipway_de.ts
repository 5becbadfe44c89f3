<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>EdgeItem</name>
    <message>
        <location filename="../ui/diagram/edgeitem.cpp" line="25"/>
        <source>%1:%2 → %3 input %4</source>
        <translation>%1:%2 → %3 Eingabe %4</translation>
    </message>
    <message>
        <location filename="../ui/diagram/edgeitem.cpp" line="27"/>
        <source>%1 reads %2:%3 in its recipes</source>
        <translation>%1 liest %2:%3 in seinen Rezepten</translation>
    </message>
</context>
<context>
    <name>GraphvizLayout</name>
    <message>
        <location filename="../ui/diagram/graphvizlayout.cpp" line="88"/>
        <source>Graphviz could not start (gvContext failed).</source>
        <translation>Graphviz konnte nicht starten (gvContext ist fehlgeschlagen).</translation>
    </message>
    <message>
        <location filename="../ui/diagram/graphvizlayout.cpp" line="119"/>
        <source>Graphviz could not lay out the diagram (the dot layout plugin is missing or failed).</source>
        <translation>Graphviz konnte das Diagramm nicht anordnen (das Layout-Plugin dot fehlt oder ist fehlgeschlagen).</translation>
    </message>
</context>
<context>
    <name>ParameterFlow</name>
    <message>
        <location filename="../core/checks/parameterflow.cpp" line="29"/>
        <source>%1, %2, line %3</source>
        <translation>%1, %2, Zeile %3</translation>
    </message>
    <message>
        <location filename="../core/checks/parameterflow.cpp" line="166"/>
        <source>provisioning</source>
        <translation>Bereitstellung</translation>
    </message>
    <message>
        <location filename="../core/checks/parameterflow.cpp" line="172"/>
        <source>scaling</source>
        <translation>Skalierung</translation>
    </message>
    <message>
        <location filename="../core/checks/parameterflow.cpp" line="336"/>
        <source>Node %1 uses the key %2, which the ss-* tools refuse: %3</source>
        <translation>Der Knoten %1 verwendet den Schlüssel %2, den die ss-*-Werkzeuge ablehnen: %3</translation>
    </message>
    <message>
        <location filename="../core/checks/parameterflow.cpp" line="371"/>
        <source>Node %1 sets %2, but a node may set only its own parameters: the broker refuses it.</source>
        <translation>Der Knoten %1 setzt %2, aber ein Knoten darf nur seine eigenen Parameter setzen: der Broker lehnt das ab.</translation>
    </message>
    <message>
        <location filename="../core/checks/parameterflow.cpp" line="382"/>
        <source>Node %1 sets %2, which only Slipway sets: the broker refuses it.</source>
        <translation>Der Knoten %1 setzt %2, das nur Slipway setzt: der Broker lehnt das ab.</translation>
    </message>
    <message>
        <location filename="../core/checks/parameterflow.cpp" line="431"/>
        <source>Node %1 reads %2, which no script sets.</source>
        <translation>Der Knoten %1 liest %2, das kein Skript setzt.</translation>
    </message>
    <message>
        <location filename="../core/checks/parameterflow.cpp" line="443"/>
        <source>Node %1 reads %2, but %3 has no node %4.</source>
        <translation>Der Knoten %1 liest %2, aber %3 hat keinen Knoten %4.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/checks/parameterflow.cpp" line="452"/>
        <source>Node %1 reads %2, but %3 has only %n instance(s).</source>
        <translation>
            <numerusform>Der Knoten %1 liest %2, aber %3 hat nur %n Instanz.</numerusform>
            <numerusform>Der Knoten %1 liest %2, aber %3 hat nur %n Instanzen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/checks/parameterflow.cpp" line="491"/>
        <source>Node %1 reads %2, mapped from %3, which no script sets with a literal key (one of %4&apos;s keys is computed).</source>
        <translation>Der Knoten %1 liest %2, zugeordnet von %3, das kein Skript mit einem festen Schlüssel setzt (einer der Schlüssel von %4 wird berechnet).</translation>
    </message>
    <message>
        <location filename="../core/checks/parameterflow.cpp" line="498"/>
        <source>Node %1 reads %2, mapped from %3, which no script of %4 sets.</source>
        <translation>Der Knoten %1 liest %2, zugeordnet von %3, das kein Skript von %4 setzt.</translation>
    </message>
    <message>
        <location filename="../core/checks/parameterflow.cpp" line="505"/>
        <source>Node %1 reads %2, which no script sets with a literal key (one of %3&apos;s keys is computed).</source>
        <translation>Der Knoten %1 liest %2, das kein Skript mit einem festen Schlüssel setzt (einer der Schlüssel von %3 wird berechnet).</translation>
    </message>
    <message>
        <location filename="../core/checks/parameterflow.cpp" line="512"/>
        <source>Node %1 reads %2: the input %3 of %4 has no default, no mapping and no script sets it; give it a value at launch.</source>
        <translation>Der Knoten %1 liest %2: die Eingabe %3 von %4 hat keinen Standardwert, keine Zuordnung, und kein Skript setzt sie; geben Sie ihr beim Start einen Wert.</translation>
    </message>
    <message>
        <location filename="../core/checks/parameterflow.cpp" line="519"/>
        <source>Node %1 reads %2, which nothing sets: no script of %3 sets %4, it has no default and no mapping.</source>
        <translation>Der Knoten %1 liest %2, das nichts setzt: kein Skript von %3 setzt %4, und es hat keinen Standardwert und keine Zuordnung.</translation>
    </message>
    <message>
        <location filename="../core/checks/parameterflow.cpp" line="625"/>
        <source>Deadlock: node %1 waits at %2 for %3, which %4 sets only at %5, after every node has finished its %6 scripts.</source>
        <translation>Verklemmung: der Knoten %1 wartet in %2 auf %3, das %4 erst in %5 setzt, nachdem jeder Knoten seine %6-Skripte beendet hat.</translation>
    </message>
    <message>
        <location filename="../core/checks/parameterflow.cpp" line="682"/>
        <source>%1 waits at %2 for %3, which it sets itself only later, at %4</source>
        <translation>%1 wartet in %2 auf %3, das er selbst erst später setzt, in %4</translation>
    </message>
    <message>
        <location filename="../core/checks/parameterflow.cpp" line="688"/>
        <source>%1 waits at %2 for %3, which %4 sets only at %5</source>
        <translation>%1 wartet in %2 auf %3, das %4 erst in %5 setzt</translation>
    </message>
    <message>
        <location filename="../core/checks/parameterflow.cpp" line="695"/>
        <source>%1 waits at %2 for %3, mapped from %4, which %5 sets only at %6</source>
        <translation>%1 wartet in %2 auf %3, zugeordnet von %4, das %5 erst in %6 setzt</translation>
    </message>
    <message>
        <location filename="../core/checks/parameterflow.cpp" line="707"/>
        <source>Deadlock: %1.</source>
        <translation>Verklemmung: %1.</translation>
    </message>
</context>
<context>
    <name>ParameterKey</name>
    <message>
        <location filename="../core/broker/parameterkey.cpp" line="90"/>
        <source>The key is empty.</source>
        <translation>Der Schlüssel ist leer.</translation>
    </message>
    <message>
        <location filename="../core/broker/parameterkey.cpp" line="93"/>
        <source>The key is longer than %1 characters.</source>
        <translation>Der Schlüssel ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <location filename="../core/broker/parameterkey.cpp" line="102"/>
        <location filename="../core/broker/parameterkey.cpp" line="135"/>
        <source>%1 is not a parameter name: use letters, digits, &apos;_&apos;, &apos;-&apos; and single dots inside.</source>
        <translation>%1 ist kein Parametername: verwenden Sie Buchstaben, Ziffern, „_“, „-“ und einzelne Punkte im Inneren.</translation>
    </message>
    <message>
        <location filename="../core/broker/parameterkey.cpp" line="109"/>
        <source>%1 names no node: only a node instance may use a bare key.</source>
        <translation>%1 nennt keinen Knoten: nur eine Knoteninstanz darf einen bloßen Schlüssel verwenden.</translation>
    </message>
    <message>
        <location filename="../core/broker/parameterkey.cpp" line="125"/>
        <source>%1 has more than one &apos;:&apos;.</source>
        <translation>%1 enthält mehr als ein „:“.</translation>
    </message>
    <message>
        <location filename="../core/broker/parameterkey.cpp" line="132"/>
        <source>%1 has no parameter name after &apos;:&apos;.</source>
        <translation>%1 hat keinen Parameternamen nach „:“.</translation>
    </message>
    <message>
        <location filename="../core/broker/parameterkey.cpp" line="141"/>
        <source>%1 has no node name before &apos;:&apos;.</source>
        <translation>%1 hat keinen Knotennamen vor „:“.</translation>
    </message>
    <message>
        <location filename="../core/broker/parameterkey.cpp" line="153"/>
        <source>%1 is not a node name: start with a letter, then letters, digits, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>%1 ist kein Knotenname: beginnen Sie mit einem Buchstaben, dann Buchstaben, Ziffern, „_“ oder „-“.</translation>
    </message>
    <message>
        <location filename="../core/broker/parameterkey.cpp" line="159"/>
        <source>&apos;ss&apos; holds global parameters: write ss:%1.</source>
        <translation>„ss“ enthält die globalen Parameter: schreiben Sie ss:%1.</translation>
    </message>
    <message>
        <location filename="../core/broker/parameterkey.cpp" line="183"/>
        <source>%1 is not an instance index: write node.i with i from 1 to %2.</source>
        <translation>%1 ist kein Instanzindex: schreiben Sie Knoten.i mit i von 1 bis %2.</translation>
    </message>
</context>
<context>
    <name>PortItem</name>
    <message>
        <location filename="../ui/diagram/portitem.cpp" line="31"/>
        <source>Output %1: drag to an input to map it</source>
        <translation>Ausgabe %1: auf eine Eingabe ziehen, um sie zuzuordnen</translation>
    </message>
    <message>
        <location filename="../ui/diagram/portitem.cpp" line="33"/>
        <source>Input %1: drag to an output to map it</source>
        <translation>Eingabe %1: auf eine Ausgabe ziehen, um sie zuzuordnen</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../core/secrets/secretstore.cpp" line="19"/>
        <source>the %1 of the cloud %2</source>
        <translation>%1 der Cloud %2</translation>
    </message>
    <message>
        <location filename="../core/secrets/secretstore.cpp" line="27"/>
        <source>No %1 in the system keychain: add it with `slipway-cli cloud add` or in the cloud settings</source>
        <translation>Nicht im Schlüsselbund des Systems: %1; fügen Sie es mit `slipway-cli cloud add` oder in den Cloud-Einstellungen hinzu</translation>
    </message>
    <message>
        <location filename="../core/secrets/secretstore.cpp" line="32"/>
        <source>The system keychain refused to %1 %2: %3</source>
        <translation>Der Schlüsselbund des Systems hat sich geweigert, %2 zu %1: %3</translation>
    </message>
    <message>
        <location filename="../core/secrets/secretstore.cpp" line="35"/>
        <source>Cannot %1 %2: no system keychain is available (%3). Start a Secret Service such as GNOME Keyring or KWallet.</source>
        <translation>Es ist nicht möglich, %2 zu %1: kein Schlüsselbund des Systems ist verfügbar (%3). Starten Sie einen Secret Service wie GNOME Keyring oder KWallet.</translation>
    </message>
    <message>
        <location filename="../core/secrets/secretstore.cpp" line="39"/>
        <source>Cannot %1 %2 in the system keychain: %3. Is a Secret Service such as GNOME Keyring or KWallet running?</source>
        <translation>Es ist nicht möglich, %2 im Schlüsselbund des Systems zu %1: %3. Läuft ein Secret Service wie GNOME Keyring oder KWallet?</translation>
    </message>
    <message>
        <location filename="../core/secrets/secretstore.cpp" line="91"/>
        <source>read</source>
        <translation>lesen</translation>
    </message>
    <message>
        <location filename="../core/secrets/secretstore.cpp" line="108"/>
        <source>store</source>
        <translation>speichern</translation>
    </message>
    <message>
        <location filename="../core/secrets/secretstore.cpp" line="123"/>
        <source>remove</source>
        <translation>entfernen</translation>
    </message>
</context>
<context>
    <name>RunRecords</name>
    <message>
        <location filename="../core/run/runrecords.cpp" line="142"/>
        <source>&quot;%1&quot; is not a tag: a tag is at most 64 characters, with no comma or line break.</source>
        <translation>„%1“ ist kein Tag: Ein Tag hat höchstens 64 Zeichen, ohne Komma oder Zeilenumbruch.</translation>
    </message>
</context>
<context>
    <name>RunTags</name>
    <message>
        <location filename="../ui/runs/runtags.cpp" line="22"/>
        <source>There is no run %1.</source>
        <translation>Es gibt keinen Lauf %1.</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtags.cpp" line="28"/>
        <source>Tags of Run %1</source>
        <translation>Tags von Lauf %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtags.cpp" line="29"/>
        <source>Tags, separated by commas:</source>
        <translation>Tags, durch Kommas getrennt:</translation>
    </message>
</context>
<context>
    <name>Slipway</name>
    <message>
        <location filename="../core/model/effectiveimage.cpp" line="22"/>
        <source>Host name or IP address of the instance</source>
        <translation>Hostname oder IP-Adresse der Instanz</translation>
    </message>
    <message>
        <location filename="../core/model/effectiveimage.cpp" line="23"/>
        <source>Identifier of the instance in its cloud</source>
        <translation>Kennung der Instanz in ihrer Cloud</translation>
    </message>
    <message>
        <location filename="../core/model/effectiveimage.cpp" line="84"/>
        <location filename="../core/catalog/buildstatus.cpp" line="72"/>
        <source>%1 is not an image</source>
        <translation>%1 ist kein Image</translation>
    </message>
    <message>
        <location filename="../core/model/effectiveimage.cpp" line="94"/>
        <source>the parent chain of %1 has a cycle: %2</source>
        <translation>die Elternkette von %1 enthält einen Zyklus: %2</translation>
    </message>
    <message>
        <location filename="../core/model/effectiveimage.cpp" line="100"/>
        <source>%1 has the parent %2, which does not exist</source>
        <translation>%1 hat das Eltern-Image %2, das nicht existiert</translation>
    </message>
    <message>
        <location filename="../core/model/effectiveimage.cpp" line="102"/>
        <source>%1 has the parent %2, which is not an image</source>
        <translation>%1 hat das Eltern-Image %2, das kein Image ist</translation>
    </message>
    <message>
        <location filename="../core/storage/sqliteschema.cpp" line="36"/>
        <source>version %1 cannot be read: %2</source>
        <translation>Version %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/broker/brokercertificates.cpp" line="159"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="40"/>
        <source>There is no active run &apos;%1&apos;.</source>
        <translation>Es gibt keinen aktiven Lauf „%1“.</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogsource.cpp" line="27"/>
        <source>&quot;%1&quot; cannot name a team catalog: use a name without &apos;/&apos;, &apos;\&apos; and surrounding spaces</source>
        <translation>„%1“ kann keinen Teamkatalog benennen: verwenden Sie einen Namen ohne &apos;/&apos;, &apos;\&apos; und umgebende Leerzeichen</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogsource.cpp" line="50"/>
        <source>there is no team catalog named &quot;%1&quot;</source>
        <translation>es gibt keinen Teamkatalog namens „%1“</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogsource.cpp" line="61"/>
        <source>the team catalog &quot;%1&quot;: sslmode=%2: a team catalog over the network is only reached with TLS and a verified certificate (verify-full)</source>
        <translation>der Teamkatalog „%1“: sslmode=%2: ein Teamkatalog im Netzwerk wird nur mit TLS und einem geprüften Zertifikat erreicht (verify-full)</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogsource.cpp" line="67"/>
        <source>the team catalog &quot;%1&quot;: %2</source>
        <translation>der Teamkatalog „%1“: %2</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogsource.cpp" line="89"/>
        <source>the password of the team catalog &quot;%1&quot; could not be kept in the keychain: %2</source>
        <translation>das Passwort des Teamkatalogs „%1“ konnte nicht im Schlüsselbund abgelegt werden: %2</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogsource.cpp" line="179"/>
        <source>the run came from the team catalog &quot;%1&quot; at %2, but that name now connects to %3: remember a connection to %2 (File → Open Team Catalog…, or slipway-cli --catalog %2)</source>
        <translation>der Lauf stammt aus dem Teamkatalog „%1“ unter %2, aber dieser Name verbindet jetzt mit %3: speichern Sie eine Verbindung zu %2 (Datei → Teamkatalog öffnen…, oder slipway-cli --catalog %2)</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogsource.cpp" line="204"/>
        <source>the run came from the team catalog %1, which cannot be reached: %2</source>
        <translation>der Lauf stammt aus dem Teamkatalog %1, der nicht erreichbar ist: %2</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogsource.cpp" line="209"/>
        <source>the run came from the team catalog %1, which cannot be opened: %2 (open it with File → Open Team Catalog…, or give slipway-cli --catalog NAME or URL)</source>
        <translation>der Lauf stammt aus dem Teamkatalog %1, der nicht geöffnet werden kann: %2 (öffnen Sie ihn mit Datei → Teamkatalog öffnen…, oder geben Sie slipway-cli --catalog NAME oder URL an)</translation>
    </message>
    <message>
        <location filename="../core/run/updateplan.cpp" line="85"/>
        <source>%1 is a project: it has no run to update</source>
        <translation>%1 ist ein Projekt: es hat keinen Lauf zum Aktualisieren</translation>
    </message>
    <message>
        <location filename="../core/run/updateplan.cpp" line="313"/>
        <source>The run %1 is an image build: it has nothing to update.</source>
        <translation>Der Lauf %1 ist ein Image-Bau: er hat nichts zu aktualisieren.</translation>
    </message>
    <message>
        <location filename="../core/run/updateplan.cpp" line="318"/>
        <source>%1 is not in the catalog any more: the run cannot be updated.</source>
        <translation>%1 ist nicht mehr im Katalog: der Lauf kann nicht aktualisiert werden.</translation>
    </message>
    <message>
        <location filename="../core/run/updateplan.cpp" line="392"/>
        <source>new node</source>
        <translation>neuer Knoten</translation>
    </message>
    <message>
        <source>%1 is a new node: adding a node to a running deployment needs a new launch</source>
        <translation type="vanished">%1 ist ein neuer Knoten: einen Knoten zu einem laufenden Deployment hinzuzufügen erfordert einen neuen Start</translation>
    </message>
    <message>
        <location filename="../core/run/updateplan.cpp" line="394"/>
        <source>multiplicity: %1</source>
        <translation>Anzahl: %1</translation>
    </message>
    <message>
        <location filename="../core/run/updateplan.cpp" line="420"/>
        <source>image: %1 → %2</source>
        <translation>Image: %1 → %2</translation>
    </message>
    <message>
        <location filename="../core/run/updateplan.cpp" line="422"/>
        <source>image id in %1: %2 → %3</source>
        <translation>Image-ID in %1: %2 → %3</translation>
    </message>
    <message>
        <location filename="../core/run/updateplan.cpp" line="425"/>
        <source>cloud: %1 → %2</source>
        <translation>Cloud: %1 → %2</translation>
    </message>
    <message>
        <location filename="../core/run/updateplan.cpp" line="427"/>
        <source>packages changed</source>
        <translation>Pakete geändert</translation>
    </message>
    <message>
        <location filename="../core/run/updateplan.cpp" line="429"/>
        <source>base image or platform changed</source>
        <translation>Basis-Image oder Plattform geändert</translation>
    </message>
    <message>
        <location filename="../core/run/updateplan.cpp" line="433"/>
        <location filename="../core/run/updateplan.cpp" line="463"/>
        <source>%1 changed in %2</source>
        <translation>%1 in %2 geändert</translation>
    </message>
    <message>
        <location filename="../core/run/updateplan.cpp" line="446"/>
        <source>resources in %1 changed</source>
        <translation>Ressourcen in %1 geändert</translation>
    </message>
    <message>
        <location filename="../core/run/updateplan.cpp" line="451"/>
        <source>new parameter %1</source>
        <translation>neuer Parameter %1</translation>
    </message>
    <message>
        <location filename="../core/run/updateplan.cpp" line="454"/>
        <source>parameter %1 removed</source>
        <translation>Parameter %1 entfernt</translation>
    </message>
    <message>
        <location filename="../core/run/updateplan.cpp" line="488"/>
        <source>%1: mapped from %2 → %3</source>
        <translation>%1: zugeordnet von %2 → %3</translation>
    </message>
    <message>
        <source>the mapping of %1:%2 changed: the run&apos;s parameter exchange keeps the mappings it was launched with</source>
        <translation type="vanished">die Zuordnung von %1:%2 hat sich geändert: der Parameteraustausch des Laufs behält die Zuordnungen, mit denen er gestartet wurde</translation>
    </message>
    <message>
        <location filename="../core/run/updateplan.cpp" line="496"/>
        <source>inputs changed</source>
        <translation>Eingaben geändert</translation>
    </message>
    <message>
        <location filename="../core/run/updateplan.cpp" line="510"/>
        <source>multiplicity: %1 → %2</source>
        <translation>Anzahl: %1 → %2</translation>
    </message>
    <message>
        <location filename="../core/run/updateplan.cpp" line="526"/>
        <source>the node is not in v%1</source>
        <translation>der Knoten ist nicht in v%1</translation>
    </message>
    <message>
        <location filename="../ui/runs/runstatecolours.cpp" line="58"/>
        <source>healthy</source>
        <translation>gesund</translation>
    </message>
    <message>
        <location filename="../ui/runs/runstatecolours.cpp" line="60"/>
        <source>unhealthy</source>
        <translation>ungesund</translation>
    </message>
    <message>
        <location filename="../ui/runs/runstatecolours.cpp" line="62"/>
        <source>restarting</source>
        <translation>Neustart</translation>
    </message>
    <message>
        <location filename="../ui/runs/runstatecolours.cpp" line="64"/>
        <source>replacing</source>
        <translation>wird ersetzt</translation>
    </message>
    <message>
        <location filename="../ui/runs/runstatecolours.cpp" line="66"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../core/catalog/buildstatus.cpp" line="47"/>
        <source>the parent image %1 cannot be read: %2</source>
        <translation>das übergeordnete Image %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/catalog/buildstatus.cpp" line="53"/>
        <source>the parent image %1 changed since (version %2)</source>
        <translation>das übergeordnete Image %1 hat sich seitdem geändert (Version %2)</translation>
    </message>
    <message>
        <location filename="../core/catalog/buildstatus.cpp" line="58"/>
        <source>the parent image %1 was built again since</source>
        <translation>das übergeordnete Image %1 wurde seitdem neu gebaut</translation>
    </message>
    <message>
        <location filename="../core/catalog/buildstatus.cpp" line="87"/>
        <source>the image changed since version %1 (now version %2)</source>
        <translation>das Image hat sich seit Version %1 geändert (jetzt Version %2)</translation>
    </message>
    <message>
        <location filename="../core/catalog/publish.cpp" line="153"/>
        <source>%1 v%2: node %3 pins %4 version %5 (version %6 in %7)</source>
        <translation>%1 v%2: Knoten %3 legt %4 Version %5 fest (Version %6 in %7)</translation>
    </message>
    <message>
        <location filename="../core/catalog/publish.cpp" line="165"/>
        <source>%1 version %2: node %3 pins %4 version %5, which %6 does not have, while %7 has another version %5</source>
        <translation>%1 Version %2: Knoten %3 legt %4 Version %5 fest, die %6 nicht hat, während %7 eine andere Version %5 hat</translation>
    </message>
    <message>
        <location filename="../core/catalog/publish.cpp" line="173"/>
        <source>%1 version %2: node %3 pins %4 version %5, whose content %6 does not have in any version (pin a version that is there, or follow the latest)</source>
        <translation>%1 Version %2: Knoten %3 legt %4 Version %5 fest, deren Inhalt %6 in keiner Version hat (legen Sie eine vorhandene Version fest oder folgen Sie der neuesten)</translation>
    </message>
    <message>
        <location filename="../core/catalog/publish.cpp" line="202"/>
        <source>Publishing %1: both catalogs must be open</source>
        <translation>Veröffentlichen von %1: beide Kataloge müssen geöffnet sein</translation>
    </message>
    <message>
        <location filename="../core/catalog/publish.cpp" line="204"/>
        <source>Publishing %1: the module is already in that catalog</source>
        <translation>Veröffentlichen von %1: das Modul ist bereits in diesem Katalog</translation>
    </message>
    <message>
        <location filename="../core/catalog/publish.cpp" line="217"/>
        <source>There is no module %1 in %2</source>
        <translation>Es gibt kein Modul %1 in %2</translation>
    </message>
    <message>
        <location filename="../core/catalog/publish.cpp" line="218"/>
        <source>%1 refers to %2, which is not in %3</source>
        <translation>%1 verweist auf %2, das nicht in %3 ist</translation>
    </message>
    <message>
        <location filename="../core/catalog/publish.cpp" line="277"/>
        <source>%1 is deleted in %2 (restore it there, or publish under another path)</source>
        <translation>%1 ist in %2 gelöscht (stellen Sie es dort wieder her oder veröffentlichen Sie unter einem anderen Pfad)</translation>
    </message>
    <message>
        <location filename="../core/catalog/publish.cpp" line="291"/>
        <source>%1 has other content in %2 (version %3 by %4)</source>
        <translation>%1 hat in %2 einen anderen Inhalt (Version %3 von %4)</translation>
    </message>
    <message>
        <location filename="../core/catalog/publish.cpp" line="324"/>
        <source>Nothing was published:
%1</source>
        <translation>Nichts wurde veröffentlicht:
%1</translation>
    </message>
    <message>
        <location filename="../core/catalog/publish.cpp" line="326"/>
        <source>Nothing was published: pinned image versions cannot be carried over:
%1</source>
        <translation>Nichts wurde veröffentlicht: festgelegte Image-Versionen können nicht übernommen werden:
%1</translation>
    </message>
    <message>
        <location filename="../core/catalog/publish.cpp" line="340"/>
        <source>%1 changed in %2 while it was being published (version %3 became %4); publish again</source>
        <translation>%1 hat sich in %2 geändert, während es veröffentlicht wurde (Version %3 wurde zu %4); veröffentlichen Sie erneut</translation>
    </message>
    <message>
        <location filename="../core/catalog/publish.cpp" line="349"/>
        <source>Nothing was published: %1</source>
        <translation>Nichts wurde veröffentlicht: %1</translation>
    </message>
</context>
<context>
    <name>Slipway::ApplicationRunHost</name>
    <message>
        <location filename="../ui/runs/applicationrunhost.cpp" line="60"/>
        <source>Another Slipway process (%1, pid %2) hosts the runs of this catalog: end it first, or use it.</source>
        <translation>Ein anderer Slipway-Prozess (%1, PID %2) betreibt die Läufe dieses Katalogs: beenden Sie ihn zuerst oder verwenden Sie ihn.</translation>
    </message>
</context>
<context>
    <name>Slipway::AuthorizationEditor</name>
    <message>
        <location filename="../ui/authorizationeditor.cpp" line="47"/>
        <source>Public: everybody may see this module</source>
        <translation>Öffentlich: jeder darf dieses Modul sehen</translation>
    </message>
    <message>
        <location filename="../ui/authorizationeditor.cpp" line="61"/>
        <source>user names, separated by commas</source>
        <translation>Benutzernamen, durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../ui/authorizationeditor.cpp" line="64"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Eigentümer:</translation>
    </message>
    <message>
        <location filename="../ui/authorizationeditor.cpp" line="65"/>
        <source>&amp;Group members:</source>
        <translation>&amp;Gruppenmitglieder:</translation>
    </message>
    <message>
        <location filename="../ui/authorizationeditor.cpp" line="68"/>
        <source>Rights</source>
        <translation>Rechte</translation>
    </message>
    <message>
        <location filename="../ui/authorizationeditor.cpp" line="70"/>
        <source>Get</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <location filename="../ui/authorizationeditor.cpp" line="71"/>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/authorizationeditor.cpp" line="72"/>
        <source>Run</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location filename="../ui/authorizationeditor.cpp" line="73"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../ui/authorizationeditor.cpp" line="74"/>
        <source>Create children</source>
        <translation>Kinder anlegen</translation>
    </message>
    <message>
        <location filename="../ui/authorizationeditor.cpp" line="75"/>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <location filename="../ui/authorizationeditor.cpp" line="75"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../ui/authorizationeditor.cpp" line="75"/>
        <source>Public</source>
        <translation>Öffentlich</translation>
    </message>
    <message>
        <location filename="../ui/authorizationeditor.cpp" line="86"/>
        <source>%1 may %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/authorizationeditor.cpp" line="101"/>
        <source>The local catalog enforces nothing: anyone who can open its file can read, change, run or delete this module whatever the grid below says. The grid takes effect in a team catalog, whose server enforces it for every member.</source>
        <translation>Der lokale Katalog setzt nichts durch: Wer seine Datei öffnen kann, kann dieses Modul lesen, ändern, ausführen oder löschen, was auch immer das Raster unten sagt. Das Raster wirkt in einem Teamkatalog, dessen Server es für jedes Mitglied durchsetzt.</translation>
    </message>
    <message>
        <location filename="../ui/authorizationeditor.cpp" line="106"/>
        <source>&amp;Publish to Team Catalog…</source>
        <translation>Im Teamkatalog &amp;veröffentlichen…</translation>
    </message>
    <message>
        <location filename="../ui/authorizationeditor.cpp" line="112"/>
        <source>role names, separated by commas</source>
        <translation>Rollennamen, durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../ui/authorizationeditor.cpp" line="152"/>
        <source>Set by the server: the role that created the module</source>
        <translation>Vom Server gesetzt: die Rolle, die das Modul erstellt hat</translation>
    </message>
    <message>
        <location filename="../ui/authorizationeditor.cpp" line="160"/>
        <source>The team catalog&apos;s server enforces this grid for every member. You own this module: your changes take effect when you save.</source>
        <translation>Der Server des Teamkatalogs setzt dieses Raster für jedes Mitglied durch. Dieses Modul gehört Ihnen: Ihre Änderungen wirken, wenn Sie speichern.</translation>
    </message>
    <message>
        <location filename="../ui/authorizationeditor.cpp" line="162"/>
        <source>Read-only: only the owner of this module (%1) may change who may do what with it, and the server refuses anyone else. You are connected as %2.</source>
        <translation>Schreibgeschützt: Nur der Eigentümer dieses Moduls (%1) darf ändern, wer was damit tun darf, und der Server weist alle anderen ab. Sie sind als %2 verbunden.</translation>
    </message>
</context>
<context>
    <name>Slipway::BaseImageMaker</name>
    <message>
        <location filename="../ui/baseimagemaker.cpp" line="82"/>
        <source>No Debian mirror is named in /etc/apt: the base image is made from one.</source>
        <translation>In /etc/apt ist kein Debian-Spiegel angegeben: Das Basis-Image wird aus einem erstellt.</translation>
    </message>
    <message>
        <location filename="../ui/baseimagemaker.cpp" line="87"/>
        <source>No temporary folder for the base image: %1</source>
        <translation>Kein temporärer Ordner für das Basis-Image: %1</translation>
    </message>
    <message>
        <location filename="../ui/baseimagemaker.cpp" line="104"/>
        <source>mmdebstrap cannot be started: install it (Debian package mmdebstrap) to make the base image.</source>
        <translation>mmdebstrap kann nicht gestartet werden: Installieren Sie es (Debian-Paket mmdebstrap), um das Basis-Image zu erstellen.</translation>
    </message>
    <message>
        <location filename="../ui/baseimagemaker.cpp" line="110"/>
        <source>Bootstrapping Debian 13 from %1</source>
        <translation>Debian 13 wird aus %1 aufgesetzt</translation>
    </message>
    <message>
        <location filename="../ui/baseimagemaker.cpp" line="146"/>
        <location filename="../ui/baseimagemaker.cpp" line="171"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/baseimagemaker.cpp" line="150"/>
        <source>mmdebstrap failed (exit status %1):
%2</source>
        <translation>mmdebstrap ist fehlgeschlagen (Exit-Status %1):
%2</translation>
    </message>
    <message>
        <location filename="../ui/baseimagemaker.cpp" line="154"/>
        <source>Importing %1 into %2</source>
        <translation>%1 wird in %2 importiert</translation>
    </message>
    <message>
        <location filename="../ui/baseimagemaker.cpp" line="159"/>
        <source>%1 cannot be started: install Podman (or Docker) for local containers.</source>
        <translation>%1 kann nicht gestartet werden: Installieren Sie Podman (oder Docker) für lokale Container.</translation>
    </message>
    <message>
        <location filename="../ui/baseimagemaker.cpp" line="175"/>
        <source>%1 import failed: %2</source>
        <translation>%1-Import fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../ui/baseimagemaker.cpp" line="179"/>
        <source>Made %1</source>
        <translation>%1 erstellt</translation>
    </message>
    <message>
        <location filename="../ui/baseimagemaker.cpp" line="180"/>
        <source>The base image %1 is ready.</source>
        <translation>Das Basis-Image %1 ist bereit.</translation>
    </message>
</context>
<context>
    <name>Slipway::Broker</name>
    <message>
        <location filename="../core/broker/broker.cpp" line="141"/>
        <source>The broker is stopping; ask again.</source>
        <translation>Der Broker wird beendet; fragen Sie erneut.</translation>
    </message>
    <message>
        <location filename="../core/broker/broker.cpp" line="150"/>
        <source>Plain HTTP is only allowed on the loopback interface, not on %1.</source>
        <translation>Unverschlüsseltes HTTP ist nur auf der Loopback-Schnittstelle erlaubt, nicht auf %1.</translation>
    </message>
    <message>
        <location filename="../core/broker/broker.cpp" line="163"/>
        <source>Cannot read %1.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../core/broker/broker.cpp" line="169"/>
        <source>The broker&apos;s certificate in %1 is unreadable.</source>
        <translation>Das Zertifikat des Brokers in %1 ist unlesbar.</translation>
    </message>
    <message>
        <location filename="../core/broker/broker.cpp" line="194"/>
        <location filename="../core/broker/broker.cpp" line="247"/>
        <source>The broker cannot listen on %1 port %2: %3</source>
        <translation>Der Broker kann nicht auf %1 Port %2 lauschen: %3</translation>
    </message>
    <message>
        <location filename="../core/broker/broker.cpp" line="237"/>
        <source>The broker is not listening.</source>
        <translation>Der Broker lauscht nicht.</translation>
    </message>
    <message>
        <location filename="../core/broker/broker.cpp" line="480"/>
        <source>The broker&apos;s database is busy: the abort is not stored yet. Ask again.</source>
        <translation>Die Datenbank des Brokers ist belegt: der Abbruch ist noch nicht gespeichert. Fragen Sie erneut.</translation>
    </message>
    <message>
        <location filename="../core/broker/broker.cpp" line="500"/>
        <source>Use PUT to replace the token.</source>
        <translation>Verwenden Sie PUT, um das Token zu ersetzen.</translation>
    </message>
    <message>
        <location filename="../core/broker/broker.cpp" line="504"/>
        <source>The broker&apos;s database is busy: the new token is not stored yet. Ask again with the same one.</source>
        <translation>Die Datenbank des Brokers ist belegt: das neue Token ist noch nicht gespeichert. Fragen Sie erneut mit demselben.</translation>
    </message>
    <message>
        <location filename="../core/broker/broker.cpp" line="515"/>
        <source>Use POST to send output.</source>
        <translation>Verwenden Sie POST, um Ausgabe zu senden.</translation>
    </message>
    <message>
        <location filename="../core/broker/broker.cpp" line="517"/>
        <source>A node sends only its own instance&apos;s output.</source>
        <translation>Ein Knoten sendet nur die Ausgabe seiner eigenen Instanz.</translation>
    </message>
    <message>
        <location filename="../core/broker/broker.cpp" line="520"/>
        <source>An output chunk may have at most %1 bytes.</source>
        <translation>Ein Ausgabeblock darf höchstens %1 Bytes haben.</translation>
    </message>
    <message>
        <location filename="../core/broker/broker.cpp" line="535"/>
        <source>The broker&apos;s database is busy: the report is not stored yet. Ask again.</source>
        <translation>Die Datenbank des Brokers ist belegt: der Bericht ist noch nicht gespeichert. Fragen Sie erneut.</translation>
    </message>
    <message>
        <location filename="../core/broker/broker.cpp" line="623"/>
        <source>The broker&apos;s database is busy: the value is not stored yet. Ask again.</source>
        <translation>Die Datenbank des Brokers ist belegt: der Wert ist noch nicht gespeichert. Fragen Sie erneut.</translation>
    </message>
    <message>
        <location filename="../core/broker/broker.cpp" line="699"/>
        <source>The run has ended: its tokens are no longer valid.</source>
        <translation>Der Lauf ist zu Ende: seine Tokens sind nicht mehr gültig.</translation>
    </message>
    <message>
        <source>The broker cannot serve on port %1.</source>
        <translation type="vanished">Der Broker kann auf Port %1 nicht dienen.</translation>
    </message>
    <message>
        <location filename="../core/broker/broker.cpp" line="429"/>
        <location filename="../core/broker/broker.cpp" line="558"/>
        <source>Use GET.</source>
        <translation>Verwenden Sie GET.</translation>
    </message>
    <message>
        <location filename="../core/broker/broker.cpp" line="440"/>
        <source>There is no tool of this name.</source>
        <translation>Es gibt kein Werkzeug dieses Namens.</translation>
    </message>
    <message>
        <location filename="../core/broker/broker.cpp" line="449"/>
        <location filename="../core/broker/broker.cpp" line="542"/>
        <location filename="../core/broker/broker.cpp" line="572"/>
        <source>There is no such route; see the broker&apos;s API.</source>
        <translation>Diese Route gibt es nicht; siehe die API des Brokers.</translation>
    </message>
    <message>
        <location filename="../core/broker/broker.cpp" line="459"/>
        <source>Send the node&apos;s token (Authorization: Bearer) and its instance name (X-Slipway-Instance).</source>
        <translation>Senden Sie das Token des Knotens (Authorization: Bearer) und seinen Instanznamen (X-Slipway-Instance).</translation>
    </message>
    <message>
        <location filename="../core/broker/broker.cpp" line="366"/>
        <location filename="../core/broker/broker.cpp" line="463"/>
        <source>The token is not valid for this run and instance.</source>
        <translation>Das Token ist für diesen Lauf und diese Instanz nicht gültig.</translation>
    </message>
    <message>
        <location filename="../core/broker/broker.cpp" line="472"/>
        <source>Use POST to abort, DELETE to cancel the abort.</source>
        <translation>Verwenden Sie POST zum Abbrechen, DELETE zum Zurücknehmen des Abbruchs.</translation>
    </message>
    <message>
        <location filename="../core/broker/broker.cpp" line="474"/>
        <source>The abort reason is too long.</source>
        <translation>Der Abbruchgrund ist zu lang.</translation>
    </message>
    <message>
        <location filename="../core/broker/broker.cpp" line="477"/>
        <source>The abort reason is not UTF-8 text.</source>
        <translation>Der Abbruchgrund ist kein UTF-8-Text.</translation>
    </message>
    <message>
        <source>The broker could not store the abort.</source>
        <translation type="vanished">Der Broker konnte den Abbruch nicht speichern.</translation>
    </message>
    <message>
        <location filename="../core/broker/broker.cpp" line="528"/>
        <source>Use PUT to upload a report file.</source>
        <translation>Verwenden Sie PUT, um eine Berichtsdatei hochzuladen.</translation>
    </message>
    <message>
        <location filename="../core/broker/broker.cpp" line="531"/>
        <source>A report file may have at most %1 bytes.</source>
        <translation>Eine Berichtsdatei darf höchstens %1 Bytes haben.</translation>
    </message>
    <message>
        <source>The broker could not store the report.</source>
        <translation type="vanished">Der Broker konnte den Bericht nicht speichern.</translation>
    </message>
    <message>
        <location filename="../core/broker/broker.cpp" line="585"/>
        <source>timeout must be a number of seconds, 0 or more.</source>
        <translation>timeout muss eine Anzahl Sekunden sein, 0 oder mehr.</translation>
    </message>
    <message>
        <location filename="../core/broker/broker.cpp" line="615"/>
        <source>A value may have at most %1 characters.</source>
        <translation>Ein Wert darf höchstens %1 Zeichen haben.</translation>
    </message>
    <message>
        <location filename="../core/broker/broker.cpp" line="619"/>
        <source>The value is not UTF-8 text.</source>
        <translation>Der Wert ist kein UTF-8-Text.</translation>
    </message>
    <message>
        <source>The broker could not store the value.</source>
        <translation type="vanished">Der Broker konnte den Wert nicht speichern.</translation>
    </message>
    <message>
        <location filename="../core/broker/broker.cpp" line="630"/>
        <source>Use GET to read a parameter and PUT to set it.</source>
        <translation>Verwenden Sie GET zum Lesen eines Parameters und PUT zum Setzen.</translation>
    </message>
    <message>
        <location filename="../core/broker/broker.cpp" line="643"/>
        <source>The broker cannot park more requests; ask again.</source>
        <translation>Der Broker kann keine weiteren Anfragen parken; fragen Sie erneut.</translation>
    </message>
</context>
<context>
    <name>Slipway::BrokerCertificates</name>
    <message>
        <location filename="../core/broker/brokercertificates.cpp" line="179"/>
        <location filename="../core/broker/brokercertificates.cpp" line="287"/>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../core/broker/brokercertificates.cpp" line="203"/>
        <source>OpenSSL could not make a key.</source>
        <translation>OpenSSL konnte keinen Schlüssel erzeugen.</translation>
    </message>
    <message>
        <location filename="../core/broker/brokercertificates.cpp" line="209"/>
        <source>OpenSSL could not make the broker&apos;s CA certificate.</source>
        <translation>OpenSSL konnte das CA-Zertifikat des Brokers nicht erzeugen.</translation>
    </message>
    <message>
        <location filename="../core/broker/brokercertificates.cpp" line="249"/>
        <source>OpenSSL could not make the broker&apos;s server certificate.</source>
        <translation>OpenSSL konnte das Serverzertifikat des Brokers nicht erzeugen.</translation>
    </message>
    <message>
        <location filename="../core/broker/brokercertificates.cpp" line="263"/>
        <source>Name the relay&apos;s host (a DNS name or an IP address) for its certificate.</source>
        <translation>Nennen Sie den Host des Relays (einen DNS-Namen oder eine IP-Adresse) für sein Zertifikat.</translation>
    </message>
    <message>
        <location filename="../core/broker/brokercertificates.cpp" line="270"/>
        <source>The broker&apos;s CA in %1 is unreadable.</source>
        <translation>Die CA des Brokers in %1 ist unlesbar.</translation>
    </message>
    <message>
        <location filename="../core/broker/brokercertificates.cpp" line="275"/>
        <source>&quot;%1&quot; is not a host name or an IP address.</source>
        <translation>„%1“ ist weder ein Hostname noch eine IP-Adresse.</translation>
    </message>
    <message>
        <location filename="../core/broker/brokercertificates.cpp" line="285"/>
        <source>OpenSSL could not make the relay&apos;s certificate.</source>
        <translation>OpenSSL konnte das Zertifikat des Relays nicht erzeugen.</translation>
    </message>
</context>
<context>
    <name>Slipway::BuildDialog</name>
    <message>
        <location filename="../ui/builddialog.cpp" line="26"/>
        <source>Build %1</source>
        <translation>%1 bauen</translation>
    </message>
    <message>
        <location filename="../ui/builddialog.cpp" line="29"/>
        <source>Build &lt;b&gt;%1&lt;/b&gt; on the clouds checked below; each build is a run you can follow and abort.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; auf den unten angekreuzten Clouds bauen; jeder Bau ist ein Lauf, den Sie verfolgen und abbrechen können.</translation>
    </message>
    <message>
        <location filename="../ui/builddialog.cpp" line="37"/>
        <source>&amp;Build</source>
        <translation>&amp;Bauen</translation>
    </message>
    <message>
        <location filename="../ui/builddialog.cpp" line="52"/>
        <source>not built</source>
        <translation>nicht gebaut</translation>
    </message>
    <message>
        <location filename="../ui/builddialog.cpp" line="54"/>
        <source>stale: %1</source>
        <translation>veraltet: %1</translation>
    </message>
    <message>
        <location filename="../ui/builddialog.cpp" line="57"/>
        <source>built %1</source>
        <translation>gebaut %1</translation>
    </message>
    <message>
        <location filename="../ui/builddialog.cpp" line="67"/>
        <source>No cloud can build images: add one in Settings.</source>
        <translation>Keine Cloud kann Images bauen: Fügen Sie eine in den Einstellungen hinzu.</translation>
    </message>
</context>
<context>
    <name>Slipway::Catalog</name>
    <message>
        <source>Cannot create the folder %1 for the catalog</source>
        <translation type="vanished">Der Ordner %1 für den Katalog kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="138"/>
        <location filename="../core/catalog/catalog.cpp" line="145"/>
        <source>Cannot open the catalog %1: %2</source>
        <translation>Der Katalog %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="1123"/>
        <location filename="../core/catalog/catalog.cpp" line="1134"/>
        <location filename="../core/catalog/catalog.cpp" line="1161"/>
        <location filename="../core/catalog/catalog.cpp" line="1178"/>
        <location filename="../core/catalog/catalog.cpp" line="1185"/>
        <location filename="../core/catalog/catalog.cpp" line="1200"/>
        <location filename="../core/catalog/catalog.cpp" line="1224"/>
        <location filename="../core/catalog/catalog.cpp" line="1298"/>
        <location filename="../core/catalog/catalog.cpp" line="1324"/>
        <location filename="../core/catalog/catalog.cpp" line="1416"/>
        <location filename="../core/catalog/catalog.cpp" line="1445"/>
        <location filename="../core/catalog/catalog.cpp" line="1476"/>
        <location filename="../core/catalog/catalog.cpp" line="1558"/>
        <location filename="../core/catalog/catalog.cpp" line="1616"/>
        <location filename="../core/catalog/catalog.cpp" line="1638"/>
        <source>The catalog is not open</source>
        <translation>Der Katalog ist nicht geöffnet</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="1205"/>
        <source>Reading the history of %1</source>
        <translation>Lesen des Verlaufs von %1</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="411"/>
        <location filename="../core/catalog/catalog.cpp" line="467"/>
        <location filename="../core/catalog/catalog.cpp" line="1217"/>
        <location filename="../core/catalog/catalog.cpp" line="1334"/>
        <location filename="../core/catalog/catalog.cpp" line="1566"/>
        <source>There is no module %1 in the catalog</source>
        <translation>Es gibt kein Modul %1 im Katalog</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="228"/>
        <source>%1: the team catalog&apos;s server refused it: %2</source>
        <translation>%1: der Server des Teamkatalogs hat es abgewiesen: %2</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="232"/>
        <source>%1: the catalog %2 is busy (another Slipway is writing to it); try again</source>
        <translation>%1: der Katalog %2 ist belegt (ein anderes Slipway schreibt hinein); versuchen Sie es erneut</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="236"/>
        <source>%1: the disk holding %2 is full</source>
        <translation>%1: der Datenträger mit %2 ist voll</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="238"/>
        <source>%1: the connection to the catalog server %2 was lost (%3); nothing of this change was saved</source>
        <translation>%1: die Verbindung zum Katalogserver %2 ist abgebrochen (%3); nichts von dieser Änderung wurde gespeichert</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="244"/>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="254"/>
        <location filename="../core/catalog/catalog.cpp" line="308"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="324"/>
        <location filename="../core/catalog/catalog.cpp" line="326"/>
        <source>Starting a change</source>
        <translation>Beginn einer Änderung</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="331"/>
        <location filename="../core/catalog/catalog.cpp" line="332"/>
        <source>Saving a change</source>
        <translation>Speichern einer Änderung</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="377"/>
        <location filename="../core/catalog/catalog.cpp" line="405"/>
        <location filename="../core/catalog/catalog.cpp" line="474"/>
        <location filename="../core/catalog/catalog.cpp" line="1054"/>
        <source>Reading %1</source>
        <translation>Lesen von %1</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="418"/>
        <location filename="../core/catalog/catalog.cpp" line="469"/>
        <source>%1 is deleted (restore it to use it)</source>
        <translation>%1 ist gelöscht (stellen Sie es wieder her, um es zu verwenden)</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="441"/>
        <location filename="../core/catalog/catalog.cpp" line="493"/>
        <source>Version %1 of %2 cannot be read: %3</source>
        <translation>Version %1 von %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="510"/>
        <source>Reading who may do what</source>
        <translation>Lesen, wer was darf</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="538"/>
        <source>%1: only its owner (%2) may change who may do what with it</source>
        <translation>%1: nur sein Eigentümer (%2) darf ändern, wer was damit darf</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="558"/>
        <source>Reading built images</source>
        <translation>Lesen der gebauten Images</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="579"/>
        <location filename="../core/catalog/catalog.cpp" line="586"/>
        <source>Updating the search index</source>
        <translation>Aktualisieren des Suchindex</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="623"/>
        <source>%1 was removed from the catalog since version %2 that this edit started from</source>
        <translation>%1 wurde seit Version %2, von der diese Bearbeitung ausging, aus dem Katalog entfernt</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="628"/>
        <source>%1 was created meanwhile by %2 (version %3): reload it, save this edit as its next version, or save it under another path</source>
        <translation>%1 wurde inzwischen von %2 angelegt (Version %3): laden Sie es neu, speichern Sie diese Bearbeitung als seine nächste Version oder speichern Sie sie unter einem anderen Pfad</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="633"/>
        <source>%1 changed since version %2 that this edit started from: %3 saved version %4 (%5); reload it, save this edit as version %6, or save it under another path</source>
        <translation>%1 hat sich seit Version %2, von der diese Bearbeitung ausging, geändert: %3 hat Version %4 gespeichert (%5); laden Sie es neu, speichern Sie diese Bearbeitung als Version %6 oder speichern Sie sie unter einem anderen Pfad</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="640"/>
        <source>no comment</source>
        <translation>kein Kommentar</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="655"/>
        <source>&quot;%1&quot; is not a valid module path: use segments of letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos; separated by &apos;/&apos;</source>
        <translation>„%1“ ist kein gültiger Modulpfad: verwenden Sie Abschnitte aus Buchstaben, Ziffern, „-“, „_“ und „.“, getrennt durch „/“</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="664"/>
        <source>Saving %1</source>
        <translation>Speichern von %1</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="694"/>
        <source>%1 is deleted: restore it, or save under another path</source>
        <translation>%1 ist gelöscht: stellen Sie es wieder her oder speichern Sie unter einem anderen Pfad</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="735"/>
        <source>%1: the new module got no id</source>
        <translation>%1: das neue Modul hat keine ID erhalten</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="762"/>
        <source>%1: the new version got no id</source>
        <translation>%1: die neue Version hat keine ID erhalten</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/catalog/catalog.cpp" line="833"/>
        <source>Importing %n module(s)</source>
        <translation>
            <numerusform>%n Modul wird importiert</numerusform>
            <numerusform>%n Module werden importiert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="918"/>
        <source>%1: %2 of %3 new modules got an id</source>
        <translation>%1: %2 von %3 neuen Modulen haben eine ID erhalten</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="998"/>
        <source>%1: %2 of %3 versions were saved</source>
        <translation>%1: %2 von %3 Versionen wurden gespeichert</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="1166"/>
        <source>Reading the rights on %1</source>
        <translation>Lesen der Rechte an %1</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="1236"/>
        <source>Listing the catalog</source>
        <translation>Auflisten des Katalogs</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="1292"/>
        <source>Revert to version %1</source>
        <translation>Zurück auf Version %1</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="1326"/>
        <source>&quot;%1&quot; is not a valid module path</source>
        <translation>„%1“ ist kein gültiger Modulpfad</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="1328"/>
        <source>Cannot move %1 into itself (%2)</source>
        <translation>%1 kann nicht in sich selbst verschoben werden (%2)</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="1346"/>
        <source>Cannot move %1 to %2: a deleted module has that path (restore and remove it, or choose another path)</source>
        <translation>%1 kann nicht nach %2 verschoben werden: ein gelöschtes Modul hat diesen Pfad (stellen Sie es wieder her und entfernen Sie es, oder wählen Sie einen anderen Pfad)</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="1349"/>
        <source>Cannot move %1 to %2: that path is taken</source>
        <translation>%1 kann nicht nach %2 verschoben werden: dieser Pfad ist belegt</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="1355"/>
        <location filename="../core/catalog/catalog.cpp" line="1361"/>
        <source>Moving %1</source>
        <translation>Verschieben von %1</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="1381"/>
        <source>Moved from %1</source>
        <translation>Verschoben von %1</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="284"/>
        <source>Finding references to %1</source>
        <translation>Suche nach Verweisen auf %1</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="1402"/>
        <source>Follow the move of %1 to %2</source>
        <translation>Der Verschiebung von %1 nach %2 folgen</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="1428"/>
        <source>Deleting %1</source>
        <translation>Löschen von %1</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="1436"/>
        <source>There is no module %1 to delete</source>
        <translation>Es gibt kein Modul %1 zum Löschen</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="1457"/>
        <source>Restoring %1</source>
        <translation>Wiederherstellen von %1</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="1468"/>
        <source>There is no deleted module %1 to restore</source>
        <translation>Es gibt kein gelöschtes Modul %1 zum Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="1509"/>
        <source>Searching the catalog</source>
        <translation>Durchsuchen des Katalogs</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="1560"/>
        <source>A built image needs a cloud and an image id</source>
        <translation>Ein gebautes Image braucht eine Cloud und eine Image-ID</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="1568"/>
        <source>%1 is not an image</source>
        <translation>%1 ist kein Image</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="1573"/>
        <location filename="../core/catalog/catalog.cpp" line="1598"/>
        <source>Recording a built image of %1</source>
        <translation>Speichern eines gebauten Images von %1</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="422"/>
        <location filename="../core/catalog/catalog.cpp" line="480"/>
        <location filename="../core/catalog/catalog.cpp" line="1591"/>
        <source>%1 has no version %2</source>
        <translation>%1 hat keine Version %2</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="1618"/>
        <source>Catalog transactions do not nest</source>
        <translation>Katalogtransaktionen lassen sich nicht verschachteln</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="1646"/>
        <location filename="../core/catalog/catalog.cpp" line="1655"/>
        <location filename="../core/catalog/catalog.cpp" line="1660"/>
        <source>Importing</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="1672"/>
        <source>%1 (version %2): %3</source>
        <translation>%1 (Version %2): %3</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="1686"/>
        <location filename="../core/catalog/catalog.cpp" line="1707"/>
        <source>Importing %1</source>
        <translation>Importieren von %1</translation>
    </message>
</context>
<context>
    <name>Slipway::Catalog::Private</name>
    <message>
        <source>%1: the catalog %2 is busy (another Slipway is writing to it); try again</source>
        <translation type="vanished">%1: der Katalog %2 ist belegt (ein anderes Slipway schreibt hinein); versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>%1: the disk holding %2 is full</source>
        <translation type="vanished">%1: der Datenträger mit %2 ist voll</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="vanished">%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Starting a change</source>
        <translation type="vanished">Beginn einer Änderung</translation>
    </message>
    <message>
        <source>Saving a change</source>
        <translation type="vanished">Speichern einer Änderung</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation type="vanished">Lesen von %1</translation>
    </message>
    <message>
        <source>There is no module %1 in the catalog</source>
        <translation type="vanished">Es gibt kein Modul %1 im Katalog</translation>
    </message>
    <message>
        <source>%1 is deleted (restore it to use it)</source>
        <translation type="vanished">%1 ist gelöscht (stellen Sie es wieder her, um es zu verwenden)</translation>
    </message>
    <message>
        <source>%1 has no version %2</source>
        <translation type="vanished">%1 hat keine Version %2</translation>
    </message>
    <message>
        <source>Version %1 of %2 cannot be read: %3</source>
        <translation type="vanished">Version %1 von %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>Reading built images</source>
        <translation type="vanished">Lesen der gebauten Images</translation>
    </message>
    <message>
        <source>Updating the search index</source>
        <translation type="vanished">Aktualisieren des Suchindex</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid module path: use segments of letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos; separated by &apos;/&apos;</source>
        <translation type="vanished">„%1“ ist kein gültiger Modulpfad: verwenden Sie Abschnitte aus Buchstaben, Ziffern, „-“, „_“ und „.“, getrennt durch „/“</translation>
    </message>
    <message>
        <source>Saving %1</source>
        <translation type="vanished">Speichern von %1</translation>
    </message>
    <message>
        <source>%1 is deleted: restore it, or save under another path</source>
        <translation type="vanished">%1 ist gelöscht: stellen Sie es wieder her oder speichern Sie unter einem anderen Pfad</translation>
    </message>
    <message>
        <source>the file is an SQLite database of another program</source>
        <translation type="vanished">die Datei ist eine SQLite-Datenbank eines anderen Programms</translation>
    </message>
    <message>
        <source>it was made by a newer Slipway (schema %1; this one knows up to %2)</source>
        <translation type="vanished">sie wurde von einem neueren Slipway angelegt (Schema %1; dieses kennt bis %2)</translation>
    </message>
    <message>
        <source>Upgrading the schema</source>
        <translation type="vanished">Aktualisieren des Schemas</translation>
    </message>
    <message>
        <source>upgrading the schema from version %1 failed: %2</source>
        <translation type="vanished">das Aktualisieren des Schemas von Version %1 ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>Slipway::CatalogCommand</name>
    <message>
        <location filename="../ui/commands/catalogcommand.cpp" line="13"/>
        <source>Rename %1 to %2</source>
        <translation>%1 in %2 umbenennen</translation>
    </message>
    <message>
        <location filename="../ui/commands/catalogcommand.cpp" line="15"/>
        <source>Move %1 to %2</source>
        <translation>%1 nach %2 verschieben</translation>
    </message>
    <message>
        <location filename="../ui/commands/catalogcommand.cpp" line="28"/>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
</context>
<context>
    <name>Slipway::CatalogModel</name>
    <message>
        <location filename="../ui/models/catalogmodel.cpp" line="70"/>
        <location filename="../ui/models/catalogmodel.cpp" line="136"/>
        <source>Local catalog</source>
        <translation>Lokaler Katalog</translation>
    </message>
    <message>
        <location filename="../ui/models/catalogmodel.cpp" line="482"/>
        <source>The local catalog: %1</source>
        <translation>Der lokale Katalog: %1</translation>
    </message>
    <message>
        <location filename="../ui/models/catalogmodel.cpp" line="483"/>
        <source>The team catalog %1: %2</source>
        <translation>Der Teamkatalog %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/models/catalogmodel.cpp" line="508"/>
        <source>%1 (folder)</source>
        <translation>%1 (Ordner)</translation>
    </message>
    <message>
        <location filename="../ui/models/catalogmodel.cpp" line="510"/>
        <source>%1 (deleted)</source>
        <translation>%1 (gelöscht)</translation>
    </message>
</context>
<context>
    <name>Slipway::Checker</name>
    <message>
        <location filename="../core/model/validation.cpp" line="55"/>
        <source>&quot;%1&quot; is not a valid module path: use segments of letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos; separated by &apos;/&apos;</source>
        <translation>„%1“ ist kein gültiger Modulpfad: verwenden Sie Abschnitte aus Buchstaben, Ziffern, „-“, „_“ und „.“, getrennt durch „/“</translation>
    </message>
    <message>
        <location filename="../core/model/validation.cpp" line="71"/>
        <source>&quot;%1&quot; is not a valid parameter name: start with a letter or &apos;_&apos;, then letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;</source>
        <translation>„%1“ ist kein gültiger Parametername: beginnen Sie mit einem Buchstaben oder „_“, dann Buchstaben, Ziffern, „-“, „_“ oder „.“</translation>
    </message>
    <message>
        <location filename="../core/model/validation.cpp" line="75"/>
        <source>the parameter %1 is defined twice</source>
        <translation>der Parameter %1 ist zweimal definiert</translation>
    </message>
    <message>
        <location filename="../core/model/validation.cpp" line="80"/>
        <source>%1 is an output of every image and cannot be an input</source>
        <translation>%1 ist eine Ausgabe jedes Images und kann keine Eingabe sein</translation>
    </message>
    <message>
        <location filename="../core/model/validation.cpp" line="82"/>
        <source>the enumeration %1 has no values</source>
        <translation>die Aufzählung %1 hat keine Werte</translation>
    </message>
    <message>
        <location filename="../core/model/validation.cpp" line="86"/>
        <source>the default &quot;%1&quot; is not one of the values of %2</source>
        <translation>der Standardwert „%1“ ist keiner der Werte von %2</translation>
    </message>
    <message>
        <location filename="../core/model/validation.cpp" line="107"/>
        <source>the native image %1 has no image id for the cloud %2: set one in its cloud image ids</source>
        <translation>das native Image %1 hat keine Image-ID für die Cloud %2: legen Sie eine in seinen Image-IDs fest</translation>
    </message>
    <message>
        <location filename="../core/model/validation.cpp" line="121"/>
        <source>%1 cannot be built for the cloud %2: its native image %3 has no image id there</source>
        <translation>%1 kann für die Cloud %2 nicht gebaut werden: sein natives Image %3 hat dort keine Image-ID</translation>
    </message>
    <message>
        <location filename="../core/model/validation.cpp" line="128"/>
        <source>%1 is not built for the cloud %2 yet: a launch builds it first</source>
        <translation>%1 ist für die Cloud %2 noch nicht gebaut: ein Start baut es zuerst</translation>
    </message>
    <message>
        <location filename="../core/model/validation.cpp" line="140"/>
        <source>a native image has no parent: clear the parent or the native flag</source>
        <translation>ein natives Image hat kein Eltern-Image: leeren Sie das Eltern-Image oder das Nativ-Kennzeichen</translation>
    </message>
    <message>
        <location filename="../core/model/validation.cpp" line="143"/>
        <source>a derived image needs a parent image (or mark it native)</source>
        <translation>ein abgeleitetes Image braucht ein Eltern-Image (oder markieren Sie es als nativ)</translation>
    </message>
    <message>
        <location filename="../core/model/validation.cpp" line="146"/>
        <source>&quot;%1&quot; is not a valid module path</source>
        <translation>„%1“ ist kein gültiger Modulpfad</translation>
    </message>
    <message>
        <location filename="../core/model/validation.cpp" line="159"/>
        <source>an image id needs both a cloud and an id</source>
        <translation>eine Image-ID braucht eine Cloud und eine ID</translation>
    </message>
    <message>
        <location filename="../core/model/validation.cpp" line="162"/>
        <source>the cloud %1 has two image ids</source>
        <translation>die Cloud %1 hat zwei Image-IDs</translation>
    </message>
    <message>
        <location filename="../core/model/validation.cpp" line="172"/>
        <source>the deployment has no node</source>
        <translation>das Deployment hat keinen Knoten</translation>
    </message>
    <message>
        <location filename="../core/model/validation.cpp" line="182"/>
        <source>&quot;%1&quot; is not a valid node name: start with a letter, then letters, digits, &apos;-&apos; or &apos;_&apos;</source>
        <translation>„%1“ ist kein gültiger Knotenname: beginnen Sie mit einem Buchstaben, dann Buchstaben, Ziffern, „-“ oder „_“</translation>
    </message>
    <message>
        <location filename="../core/model/validation.cpp" line="186"/>
        <source>two nodes are named %1</source>
        <translation>zwei Knoten heißen %1</translation>
    </message>
    <message>
        <location filename="../core/model/validation.cpp" line="190"/>
        <source>the multiplicity of %1 is %2: it must be at least 1</source>
        <translation>die Anzahl von %1 ist %2: sie muss mindestens 1 sein</translation>
    </message>
    <message>
        <location filename="../core/model/validation.cpp" line="195"/>
        <source>the number of provisioning failures allowed cannot be negative</source>
        <translation>die Zahl erlaubter Bereitstellungsfehler kann nicht negativ sein</translation>
    </message>
    <message>
        <location filename="../core/model/validation.cpp" line="198"/>
        <source>the health check of %1 must run at least every second</source>
        <translation>das Intervall der Gesundheitsprüfung von %1 muss mindestens eine Sekunde betragen</translation>
    </message>
    <message>
        <location filename="../core/model/validation.cpp" line="201"/>
        <source>the health check of %1 must fail at least once before the instance is unhealthy</source>
        <translation>die Gesundheitsprüfung von %1 muss mindestens einmal fehlschlagen, bevor die Instanz ungesund ist</translation>
    </message>
    <message>
        <location filename="../core/model/validation.cpp" line="207"/>
        <source>the node %1 has no image</source>
        <translation>der Knoten %1 hat kein Image</translation>
    </message>
    <message>
        <location filename="../core/model/validation.cpp" line="213"/>
        <source>the image %1 has no version %2</source>
        <translation>das Image %1 hat keine Version %2</translation>
    </message>
    <message>
        <location filename="../core/model/validation.cpp" line="214"/>
        <source>the image %1 does not exist</source>
        <translation>das Image %1 existiert nicht</translation>
    </message>
    <message>
        <location filename="../core/model/validation.cpp" line="216"/>
        <source>%1 is not an image</source>
        <translation>%1 ist kein Image</translation>
    </message>
    <message>
        <location filename="../core/model/validation.cpp" line="242"/>
        <source>the input %1 is mapped twice</source>
        <translation>die Eingabe %1 ist zweimal zugeordnet</translation>
    </message>
    <message>
        <location filename="../core/model/validation.cpp" line="248"/>
        <source>the image %1 has no input %2</source>
        <translation>das Image %1 hat keine Eingabe %2</translation>
    </message>
    <message>
        <location filename="../core/model/validation.cpp" line="251"/>
        <source>%1 is an output of %2, not an input</source>
        <translation>%1 ist eine Ausgabe von %2, keine Eingabe</translation>
    </message>
    <message>
        <location filename="../core/model/validation.cpp" line="262"/>
        <source>the mandatory input %1 of %2 has no value: map it to an output of another node or give it a value</source>
        <translation>die Pflichteingabe %1 von %2 hat keinen Wert: ordnen Sie ihr eine Ausgabe eines anderen Knotens zu oder geben Sie ihr einen Wert</translation>
    </message>
    <message>
        <location filename="../core/model/validation.cpp" line="286"/>
        <source>&quot;%1&quot; is not an output reference: write othernode:parameter, or mark the value as literal</source>
        <translation>„%1“ ist kein Ausgabeverweis: schreiben Sie andererKnoten:Parameter oder markieren Sie den Wert als fest</translation>
    </message>
    <message>
        <location filename="../core/model/validation.cpp" line="293"/>
        <source>%1 is mapped to an output of its own node: map it to another node</source>
        <translation>%1 ist einer Ausgabe des eigenen Knotens zugeordnet: ordnen Sie sie einem anderen Knoten zu</translation>
    </message>
    <message>
        <location filename="../core/model/validation.cpp" line="299"/>
        <source>%1 is mapped to %2, but the deployment has no node %3</source>
        <translation>%1 ist %2 zugeordnet, aber das Deployment hat keinen Knoten %3</translation>
    </message>
    <message>
        <location filename="../core/model/validation.cpp" line="306"/>
        <source>%1 is mapped to %2, but the image of %3 has no output %4</source>
        <translation>%1 ist %2 zugeordnet, aber das Image von %3 hat keine Ausgabe %4</translation>
    </message>
</context>
<context>
    <name>Slipway::ConflictDialog</name>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="36"/>
        <location filename="../ui/conflictdialog.cpp" line="40"/>
        <source>(no difference in content)</source>
        <translation>(kein Unterschied im Inhalt)</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="47"/>
        <source>%1 changed meanwhile</source>
        <translation>%1 hat sich inzwischen geändert</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="53"/>
        <source>&lt;b&gt;%1&lt;/b&gt; is no longer in the catalog.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; ist nicht mehr im Katalog.</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="54"/>
        <source>&lt;b&gt;%1&lt;/b&gt; saved version %2 of &lt;b&gt;%3&lt;/b&gt; on %4 (%5), after version %6 that your edit started from. Your edit was not saved.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; hat am %4 Version %2 von &lt;b&gt;%3&lt;/b&gt; gespeichert (%5), nach Version %6, von der Ihre Bearbeitung ausging. Ihre Bearbeitung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="60"/>
        <source>no comment</source>
        <translation>kein Kommentar</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="65"/>
        <source>Their change (v%1 → v%2)</source>
        <translation>Deren Änderung (v%1 → v%2)</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="68"/>
        <source>Your edit on top of v%1</source>
        <translation>Ihre Bearbeitung auf Basis von v%1</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="72"/>
        <source>Another &amp;path:</source>
        <translation>Anderer &amp;Pfad:</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="75"/>
        <source>&amp;Reload (drop my edit)</source>
        <translation>&amp;Neu laden (meine Bearbeitung verwerfen)</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="78"/>
        <source>Save as version %1</source>
        <translation>Als Version %1 speichern</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="82"/>
        <source>Save under the other path</source>
        <translation>Unter dem anderen Pfad speichern</translation>
    </message>
</context>
<context>
    <name>Slipway::Connector</name>
    <message>
        <location filename="../core/connector/connector.cpp" line="25"/>
        <source>The cloud “%1” cannot build images.</source>
        <translation>Die Cloud „%1“ kann keine Images bauen.</translation>
    </message>
</context>
<context>
    <name>Slipway::ConnectorOperation</name>
    <message>
        <location filename="../core/connector/connectoroperation.cpp" line="109"/>
        <source>The operation was cancelled.</source>
        <translation>Der Vorgang wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>Slipway::ConnectorRegistry</name>
    <message>
        <location filename="../core/connector/connectorregistry.cpp" line="46"/>
        <source>The cloud “%1” is of the kind “%2”, which this Slipway does not know (it knows: %3).</source>
        <translation>Die Cloud „%1“ ist von der Art „%2“, die dieses Slipway nicht kennt (es kennt: %3).</translation>
    </message>
</context>
<context>
    <name>Slipway::Database</name>
    <message>
        <location filename="../core/storage/database.cpp" line="56"/>
        <source>the Qt Sql driver %1 is missing</source>
        <translation>der Qt-Sql-Treiber %1 fehlt</translation>
    </message>
</context>
<context>
    <name>Slipway::DeploymentDiagram</name>
    <message>
        <location filename="../ui/diagram/deploymentdiagram.cpp" line="42"/>
        <source>Arrange</source>
        <translation>Anordnen</translation>
    </message>
    <message>
        <location filename="../ui/diagram/deploymentdiagram.cpp" line="44"/>
        <source>Lay the nodes out automatically, producers left of their readers</source>
        <translation>Die Knoten automatisch anordnen, Erzeuger links von ihren Lesern</translation>
    </message>
    <message>
        <location filename="../ui/diagram/deploymentdiagram.cpp" line="46"/>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <location filename="../ui/diagram/deploymentdiagram.cpp" line="47"/>
        <source>Zoom out (-, Ctrl+wheel)</source>
        <translation>Verkleinern (-, Strg+Mausrad)</translation>
    </message>
    <message>
        <location filename="../ui/diagram/deploymentdiagram.cpp" line="49"/>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <location filename="../ui/diagram/deploymentdiagram.cpp" line="50"/>
        <source>Zoom in (+, Ctrl+wheel)</source>
        <translation>Vergrößern (+, Strg+Mausrad)</translation>
    </message>
    <message>
        <location filename="../ui/diagram/deploymentdiagram.cpp" line="51"/>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <location filename="../ui/diagram/deploymentdiagram.cpp" line="52"/>
        <source>Show the whole diagram (0)</source>
        <translation>Das ganze Diagramm anzeigen (0)</translation>
    </message>
    <message>
        <location filename="../ui/diagram/deploymentdiagram.cpp" line="54"/>
        <source>Export PNG…</source>
        <translation>Als PNG exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/diagram/deploymentdiagram.cpp" line="55"/>
        <source>Export SVG…</source>
        <translation>Als SVG exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/diagram/deploymentdiagram.cpp" line="59"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../ui/diagram/deploymentdiagram.cpp" line="64"/>
        <source>Automatic layout</source>
        <translation>Automatische Anordnung</translation>
    </message>
    <message>
        <location filename="../ui/diagram/deploymentdiagram.cpp" line="143"/>
        <location filename="../ui/diagram/deploymentdiagram.cpp" line="166"/>
        <source>The diagram is empty: there is nothing to export.</source>
        <translation>Das Diagramm ist leer: es gibt nichts zu exportieren.</translation>
    </message>
    <message>
        <location filename="../ui/diagram/deploymentdiagram.cpp" line="146"/>
        <source>The diagram is too large for a PNG at this scale (%1 × %2 pixels); export it as SVG.</source>
        <translation>Das Diagramm ist in diesem Maßstab zu groß für ein PNG (%1 × %2 Pixel); exportieren Sie es als SVG.</translation>
    </message>
    <message>
        <location filename="../ui/diagram/deploymentdiagram.cpp" line="158"/>
        <location filename="../ui/diagram/deploymentdiagram.cpp" line="181"/>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../ui/diagram/deploymentdiagram.cpp" line="170"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/diagram/deploymentdiagram.cpp" line="178"/>
        <source>Deployment diagram of %1</source>
        <translation>Deployment-Diagramm von %1</translation>
    </message>
    <message>
        <location filename="../ui/diagram/deploymentdiagram.cpp" line="192"/>
        <source>PNG pictures (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/diagram/deploymentdiagram.cpp" line="193"/>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG-Zeichnungen (*.svg)</translation>
    </message>
    <message>
        <location filename="../ui/diagram/deploymentdiagram.cpp" line="195"/>
        <location filename="../ui/diagram/deploymentdiagram.cpp" line="202"/>
        <source>Export the diagram</source>
        <translation>Das Diagramm exportieren</translation>
    </message>
</context>
<context>
    <name>Slipway::DeploymentScene</name>
    <message>
        <location filename="../ui/diagram/deploymentscene.cpp" line="386"/>
        <source>re-execute</source>
        <translation>erneut ausführen</translation>
    </message>
    <message>
        <location filename="../ui/diagram/deploymentscene.cpp" line="388"/>
        <source>replace</source>
        <translation>ersetzen</translation>
    </message>
    <message>
        <location filename="../ui/diagram/deploymentscene.cpp" line="390"/>
        <source>scale</source>
        <translation>skalieren</translation>
    </message>
    <message>
        <location filename="../ui/diagram/deploymentscene.cpp" line="392"/>
        <source>add</source>
        <translation>hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/diagram/deploymentscene.cpp" line="394"/>
        <source>remove</source>
        <translation>entfernen</translation>
    </message>
    <message>
        <location filename="../ui/diagram/deploymentscene.cpp" line="396"/>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <location filename="../ui/diagram/deploymentscene.cpp" line="441"/>
        <source>Add node %1</source>
        <translation>Knoten %1 hinzufügen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/diagram/deploymentscene.cpp" line="442"/>
        <source>Add %n nodes</source>
        <translation>
            <numerusform>%n Knoten hinzufügen</numerusform>
            <numerusform>%n Knoten hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/diagram/deploymentscene.cpp" line="476"/>
        <source>Delete node %1</source>
        <translation>Knoten %1 löschen</translation>
    </message>
    <message>
        <location filename="../ui/diagram/deploymentscene.cpp" line="478"/>
        <location filename="../ui/diagram/deploymentscene.cpp" line="560"/>
        <source>Unmap %1.%2</source>
        <translation>Zuordnung von %1.%2 aufheben</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/diagram/deploymentscene.cpp" line="480"/>
        <source>Delete %n items</source>
        <translation>
            <numerusform>%n Element löschen</numerusform>
            <numerusform>%n Elemente löschen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/diagram/deploymentscene.cpp" line="500"/>
        <source>Rename node %1 to %2</source>
        <translation>Knoten %1 in %2 umbenennen</translation>
    </message>
    <message>
        <location filename="../ui/diagram/deploymentscene.cpp" line="517"/>
        <source>Set multiplicity of %1 to %2</source>
        <translation>Anzahl von %1 auf %2 setzen</translation>
    </message>
    <message>
        <location filename="../ui/diagram/deploymentscene.cpp" line="546"/>
        <source>Map %1.%2 to %3</source>
        <translation>%1.%2 %3 zuordnen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/diagram/deploymentscene.cpp" line="575"/>
        <source>Move %n nodes</source>
        <translation>
            <numerusform>%n Knoten verschieben</numerusform>
            <numerusform>%n Knoten verschieben</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/diagram/deploymentscene.cpp" line="609"/>
        <source>Automatic layout</source>
        <translation>Automatische Anordnung</translation>
    </message>
</context>
<context>
    <name>Slipway::DiagramOverview</name>
    <message>
        <location filename="../ui/diagram/diagramoverview.cpp" line="23"/>
        <source>Overview: click or drag to move the view</source>
        <translation>Übersicht: klicken oder ziehen, um die Ansicht zu verschieben</translation>
    </message>
</context>
<context>
    <name>Slipway::DocumentTableModel</name>
    <message>
        <location filename="../ui/models/editortables.cpp" line="57"/>
        <source>cloud image ids</source>
        <translation>Image-IDs der Clouds</translation>
    </message>
    <message>
        <location filename="../ui/models/editortables.cpp" line="58"/>
        <source>cloud image id</source>
        <translation>Image-ID</translation>
    </message>
    <message>
        <location filename="../ui/models/editortables.cpp" line="66"/>
        <location filename="../ui/models/editortables.cpp" line="250"/>
        <location filename="../ui/models/editortables.cpp" line="353"/>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <location filename="../ui/models/editortables.cpp" line="71"/>
        <source>Image id</source>
        <translation>Image-ID</translation>
    </message>
    <message>
        <location filename="../ui/models/editortables.cpp" line="76"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../ui/models/editortables.cpp" line="106"/>
        <source>packages</source>
        <translation>Pakete</translation>
    </message>
    <message>
        <location filename="../ui/models/editortables.cpp" line="107"/>
        <source>package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <location filename="../ui/models/editortables.cpp" line="115"/>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <location filename="../ui/models/editortables.cpp" line="120"/>
        <source>Repository</source>
        <translation>Paketquelle</translation>
    </message>
    <message>
        <location filename="../ui/models/editortables.cpp" line="125"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/models/editortables.cpp" line="159"/>
        <source>parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../ui/models/editortables.cpp" line="160"/>
        <source>parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../ui/models/editortables.cpp" line="170"/>
        <location filename="../ui/models/editortables.cpp" line="314"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/models/editortables.cpp" line="175"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../ui/models/editortables.cpp" line="180"/>
        <source>Default</source>
        <translation>Standardwert</translation>
    </message>
    <message>
        <location filename="../ui/models/editortables.cpp" line="185"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../ui/models/editortables.cpp" line="202"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../ui/models/editortables.cpp" line="213"/>
        <source>Mandatory</source>
        <translation>Pflicht</translation>
    </message>
    <message>
        <location filename="../ui/models/editortables.cpp" line="217"/>
        <source>Enum values</source>
        <translation>Aufzählungswerte</translation>
    </message>
    <message>
        <location filename="../ui/models/editortables.cpp" line="222"/>
        <source>The values of an enum parameter, separated by commas</source>
        <translation>Die Werte eines Aufzählungsparameters, durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../ui/models/editortables.cpp" line="239"/>
        <source>resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <location filename="../ui/models/editortables.cpp" line="240"/>
        <source>resources of a cloud</source>
        <translation>Ressourcen einer Cloud</translation>
    </message>
    <message>
        <location filename="../ui/models/editortables.cpp" line="255"/>
        <source>Instance type</source>
        <translation>Instanztyp</translation>
    </message>
    <message>
        <location filename="../ui/models/editortables.cpp" line="260"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../ui/models/editortables.cpp" line="265"/>
        <source>RAM</source>
        <translation>RAM</translation>
    </message>
    <message>
        <location filename="../ui/models/editortables.cpp" line="270"/>
        <source>Disk</source>
        <translation>Festplatte</translation>
    </message>
    <message>
        <location filename="../ui/models/editortables.cpp" line="275"/>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location filename="../ui/models/editortables.cpp" line="282"/>
        <source>Security groups</source>
        <translation>Sicherheitsgruppen</translation>
    </message>
    <message>
        <location filename="../ui/models/editortables.cpp" line="301"/>
        <source>nodes</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <location filename="../ui/models/editortables.cpp" line="302"/>
        <source>node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <location filename="../ui/models/editortables.cpp" line="319"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../ui/models/editortables.cpp" line="326"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../ui/models/editortables.cpp" line="329"/>
        <location filename="../ui/models/editortables.cpp" line="341"/>
        <source>latest</source>
        <translation>neueste</translation>
    </message>
    <message>
        <location filename="../ui/models/editortables.cpp" line="347"/>
        <source>Pin a version of the image, or follow the latest</source>
        <translation>Eine Version des Images festlegen oder der neuesten folgen</translation>
    </message>
    <message>
        <location filename="../ui/models/editortables.cpp" line="348"/>
        <source>Multiplicity</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location filename="../ui/models/editortables.cpp" line="358"/>
        <source>Empty: the run&apos;s default cloud</source>
        <translation>Leer: die Standard-Cloud des Laufs</translation>
    </message>
    <message>
        <location filename="../ui/models/editortables.cpp" line="359"/>
        <source>Max failures</source>
        <translation>Max. Fehlschläge</translation>
    </message>
    <message>
        <location filename="../ui/models/editortables.cpp" line="364"/>
        <source>How many instances may fail to provision before the run aborts</source>
        <translation>Wie viele Instanzen bei der Bereitstellung fehlschlagen dürfen, bevor der Lauf abbricht</translation>
    </message>
    <message>
        <location filename="../ui/models/editortables.cpp" line="366"/>
        <source>Check every (s)</source>
        <translation>Prüfen alle (s)</translation>
    </message>
    <message>
        <location filename="../ui/models/editortables.cpp" line="371"/>
        <source>How often a running instance&apos;s check recipe runs, in seconds (when its image has one)</source>
        <translation>Wie oft das check-Rezept einer laufenden Instanz läuft, in Sekunden (wenn ihr Image eines hat)</translation>
    </message>
    <message>
        <location filename="../ui/models/editortables.cpp" line="373"/>
        <source>Unhealthy after</source>
        <translation>Ungesund nach</translation>
    </message>
    <message>
        <location filename="../ui/models/editortables.cpp" line="378"/>
        <source>How many failed checks in a row make an instance unhealthy</source>
        <translation>Wie viele fehlgeschlagene Prüfungen hintereinander eine Instanz ungesund machen</translation>
    </message>
    <message>
        <location filename="../ui/models/editortables.cpp" line="379"/>
        <source>When unhealthy</source>
        <translation>Wenn ungesund</translation>
    </message>
    <message>
        <location filename="../ui/models/editortables.cpp" line="391"/>
        <source>report: say so; restart: run its execute again; replace: a new instance takes its place</source>
        <translation>report: melden; restart: sein execute erneut ausführen; replace: eine neue Instanz tritt an ihre Stelle</translation>
    </message>
    <message>
        <location filename="../ui/models/editortables.cpp" line="418"/>
        <source>mappings</source>
        <translation>Zuordnungen</translation>
    </message>
    <message>
        <location filename="../ui/models/editortables.cpp" line="419"/>
        <source>mapping</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <location filename="../ui/models/editortables.cpp" line="435"/>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <location filename="../ui/models/editortables.cpp" line="446"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/models/editortables.cpp" line="464"/>
        <source>An output of another node (node:output), or a literal value</source>
        <translation>Eine Ausgabe eines anderen Knotens (Knoten:Ausgabe) oder ein fester Wert</translation>
    </message>
    <message>
        <location filename="../ui/models/editortables.cpp" line="465"/>
        <source>Literal</source>
        <translation>Fester Wert</translation>
    </message>
    <message>
        <location filename="../ui/models/rowtablemodel.h" line="143"/>
        <source>Inherited from a parent image (read-only)</source>
        <translation>Von einem Eltern-Image geerbt (schreibgeschützt)</translation>
    </message>
</context>
<context>
    <name>Slipway::EditAuthorizationCommand</name>
    <message>
        <location filename="../ui/commands/editauthorizationcommand.cpp" line="20"/>
        <source>Edit authorization</source>
        <translation>Berechtigungen bearbeiten</translation>
    </message>
</context>
<context>
    <name>Slipway::EditRecipeCommand</name>
    <message>
        <location filename="../ui/commands/editrecipecommand.cpp" line="20"/>
        <source>Edit recipe %1</source>
        <translation>Rezept %1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>Slipway::EditRowsCommand</name>
    <message>
        <location filename="../ui/commands/editrowscommand.cpp" line="14"/>
        <source>Edit %1</source>
        <translation>Bearbeiten: %1</translation>
    </message>
</context>
<context>
    <name>Slipway::EditSummaryCommand</name>
    <message>
        <location filename="../ui/commands/editsummarycommand.cpp" line="36"/>
        <source>Edit description</source>
        <translation>Beschreibung bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/commands/editsummarycommand.cpp" line="38"/>
        <source>Change native flag</source>
        <translation>Nativ-Kennzeichen ändern</translation>
    </message>
    <message>
        <location filename="../ui/commands/editsummarycommand.cpp" line="40"/>
        <source>Change parent image</source>
        <translation>Eltern-Image ändern</translation>
    </message>
    <message>
        <location filename="../ui/commands/editsummarycommand.cpp" line="42"/>
        <source>Edit login user</source>
        <translation>Anmeldebenutzer bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/commands/editsummarycommand.cpp" line="44"/>
        <source>Edit platform</source>
        <translation>Plattform bearbeiten</translation>
    </message>
</context>
<context>
    <name>Slipway::FindReplaceBar</name>
    <message>
        <location filename="../ui/editor/findreplacebar.cpp" line="21"/>
        <source>Match &amp;case</source>
        <translation>&amp;Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <location filename="../ui/editor/findreplacebar.cpp" line="22"/>
        <source>Regular e&amp;xpression</source>
        <translation>Regulärer A&amp;usdruck</translation>
    </message>
    <message>
        <location filename="../ui/editor/findreplacebar.cpp" line="23"/>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <location filename="../ui/editor/findreplacebar.cpp" line="24"/>
        <source>Replace &amp;All</source>
        <translation>&amp;Alle ersetzen</translation>
    </message>
    <message>
        <location filename="../ui/editor/findreplacebar.cpp" line="28"/>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../ui/editor/findreplacebar.cpp" line="30"/>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <location filename="../ui/editor/findreplacebar.cpp" line="31"/>
        <source>Previous</source>
        <translation>Vorheriger</translation>
    </message>
    <message>
        <location filename="../ui/editor/findreplacebar.cpp" line="32"/>
        <source>Find the previous match (Shift+F3)</source>
        <translation>Vorherigen Treffer suchen (Umschalt+F3)</translation>
    </message>
    <message>
        <location filename="../ui/editor/findreplacebar.cpp" line="34"/>
        <source>Next</source>
        <translation>Nächster</translation>
    </message>
    <message>
        <location filename="../ui/editor/findreplacebar.cpp" line="35"/>
        <source>Find the next match (F3)</source>
        <translation>Nächsten Treffer suchen (F3)</translation>
    </message>
    <message>
        <location filename="../ui/editor/findreplacebar.cpp" line="38"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../ui/editor/findreplacebar.cpp" line="39"/>
        <source>Close the search bar (Escape)</source>
        <translation>Suchleiste schließen (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/editor/findreplacebar.cpp" line="119"/>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/editor/findreplacebar.cpp" line="146"/>
        <source>%n replaced</source>
        <translation>
            <numerusform>%n ersetzt</numerusform>
            <numerusform>%n ersetzt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Slipway::HistoryModel</name>
    <message>
        <location filename="../ui/historyview.cpp" line="71"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../ui/historyview.cpp" line="73"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../ui/historyview.cpp" line="75"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/historyview.cpp" line="77"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
</context>
<context>
    <name>Slipway::HistoryView</name>
    <message>
        <location filename="../ui/historyview.cpp" line="90"/>
        <source>Version %1 → version %2</source>
        <translation>Version %1 → Version %2</translation>
    </message>
    <message>
        <location filename="../ui/historyview.cpp" line="93"/>
        <source>The two versions have the same content.</source>
        <translation>Die beiden Versionen haben denselben Inhalt.</translation>
    </message>
    <message>
        <location filename="../ui/historyview.cpp" line="100"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../ui/historyview.cpp" line="101"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location filename="../ui/historyview.cpp" line="102"/>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <location filename="../ui/historyview.cpp" line="161"/>
        <source>&amp;Revert to this version</source>
        <translation>Auf diese Version &amp;zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/historyview.cpp" line="174"/>
        <source>Select one version to see what it changed, or two to compare them.</source>
        <translation>Wählen Sie eine Version, um ihre Änderungen zu sehen, oder zwei, um sie zu vergleichen.</translation>
    </message>
    <message>
        <location filename="../ui/historyview.cpp" line="206"/>
        <location filename="../ui/historyview.cpp" line="214"/>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/historyview.cpp" line="207"/>
        <source>Reverting drops the unsaved changes of this module. Revert to version %1?</source>
        <translation>Beim Zurücksetzen gehen die ungespeicherten Änderungen dieses Moduls verloren. Auf Version %1 zurücksetzen?</translation>
    </message>
    <message>
        <location filename="../ui/historyview.cpp" line="269"/>
        <source>Version 1 is the first version.</source>
        <translation>Version 1 ist die erste Version.</translation>
    </message>
</context>
<context>
    <name>Slipway::ImportDialog</name>
    <message>
        <location filename="../ui/importdialog.cpp" line="25"/>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="27"/>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="29"/>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="31"/>
        <source>conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="47"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="52"/>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="52"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="52"/>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="52"/>
        <source>Choice</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="59"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="77"/>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="79"/>
        <location filename="../ui/importdialog.cpp" line="138"/>
        <source>These files cannot be imported: nothing will change.</source>
        <translation>Diese Dateien können nicht importiert werden: nichts wird geändert.</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="108"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="116"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="117"/>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="118"/>
        <source>Overwrite as a new version</source>
        <translation>Als neue Version überschreiben</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="119"/>
        <source>Import under another path</source>
        <translation>Unter einem anderen Pfad importieren</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="134"/>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importdialog.cpp" line="140"/>
        <source>%n module(s) differ from the catalog: choose what to do with each.</source>
        <translation>
            <numerusform>%n Modul weicht vom Katalog ab: wählen Sie, was damit geschehen soll.</numerusform>
            <numerusform>%n Module weichen vom Katalog ab: wählen Sie für jedes, was geschehen soll.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="144"/>
        <source>%1 new, %2 changed, %3 unchanged.</source>
        <translation>%1 neu, %2 geändert, %3 unverändert.</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="157"/>
        <source>Nothing was imported: %1</source>
        <translation>Nichts wurde importiert: %1</translation>
    </message>
</context>
<context>
    <name>Slipway::InsertRowCommand</name>
    <message>
        <location filename="../ui/commands/insertrowcommand.cpp" line="14"/>
        <source>Add %1</source>
        <translation>Hinzufügen: %1</translation>
    </message>
</context>
<context>
    <name>Slipway::InstanceListModel</name>
    <message>
        <location filename="../ui/runs/instancelistmodel.cpp" line="203"/>
        <source>%1, not checked yet</source>
        <translation>%1, noch nicht geprüft</translation>
    </message>
    <message>
        <location filename="../ui/runs/instancelistmodel.cpp" line="207"/>
        <source>%1, last checked at %2</source>
        <translation>%1, zuletzt geprüft um %2</translation>
    </message>
    <message>
        <location filename="../ui/runs/instancelistmodel.cpp" line="209"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/runs/instancelistmodel.cpp" line="223"/>
        <source>Instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <location filename="../ui/runs/instancelistmodel.cpp" line="225"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/runs/instancelistmodel.cpp" line="227"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../ui/runs/instancelistmodel.cpp" line="229"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../ui/runs/instancelistmodel.cpp" line="231"/>
        <source>Health</source>
        <translation>Gesundheit</translation>
    </message>
</context>
<context>
    <name>Slipway::LaunchDialog</name>
    <message>
        <location filename="../ui/launchdialog.cpp" line="82"/>
        <source>Launch &amp;anyway</source>
        <translation>&amp;Trotzdem starten</translation>
    </message>
    <message>
        <location filename="../ui/launchdialog.cpp" line="86"/>
        <source>Launch %1</source>
        <translation>%1 starten</translation>
    </message>
    <message>
        <location filename="../ui/launchdialog.cpp" line="114"/>
        <source>On success</source>
        <translation>Bei Erfolg</translation>
    </message>
    <message>
        <location filename="../ui/launchdialog.cpp" line="115"/>
        <source>On error</source>
        <translation>Bei Fehler</translation>
    </message>
    <message>
        <location filename="../ui/launchdialog.cpp" line="116"/>
        <source>Always</source>
        <translation>Immer</translation>
    </message>
    <message>
        <location filename="../ui/launchdialog.cpp" line="117"/>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location filename="../ui/launchdialog.cpp" line="119"/>
        <source>Whether the machines keep running once the run is Ready or has failed.</source>
        <translation>Ob die Maschinen weiterlaufen, wenn der Lauf Ready ist oder fehlgeschlagen ist.</translation>
    </message>
    <message>
        <location filename="../ui/launchdialog.cpp" line="121"/>
        <source>Comma-separated, e.g. test, team-a</source>
        <translation>Durch Kommas getrennt, z. B. test, team-a</translation>
    </message>
    <message>
        <location filename="../ui/launchdialog.cpp" line="125"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../ui/launchdialog.cpp" line="126"/>
        <source>The run is aborted when it is not Ready within this time.</source>
        <translation>Der Lauf wird abgebrochen, wenn er in dieser Zeit nicht Ready ist.</translation>
    </message>
    <message>
        <location filename="../ui/launchdialog.cpp" line="131"/>
        <source>Default &amp;cloud:</source>
        <translation>Standard-&amp;Cloud:</translation>
    </message>
    <message>
        <location filename="../ui/launchdialog.cpp" line="132"/>
        <source>&amp;Keep running:</source>
        <translation>&amp;Weiterlaufen lassen:</translation>
    </message>
    <message>
        <location filename="../ui/launchdialog.cpp" line="133"/>
        <source>&amp;Tags:</source>
        <translation>&amp;Tags:</translation>
    </message>
    <message>
        <location filename="../ui/launchdialog.cpp" line="134"/>
        <source>T&amp;imeout:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <location filename="../ui/launchdialog.cpp" line="139"/>
        <source>Nodes</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <location filename="../ui/launchdialog.cpp" line="142"/>
        <source>Input parameters</source>
        <translation>Eingabeparameter</translation>
    </message>
    <message>
        <location filename="../ui/launchdialog.cpp" line="146"/>
        <source>Checks before launch</source>
        <translation>Prüfungen vor dem Start</translation>
    </message>
    <message>
        <location filename="../ui/launchdialog.cpp" line="152"/>
        <source>Double-click a problem of a script to open it at its line.</source>
        <translation>Doppelklicken Sie auf ein Problem eines Skripts, um es an seiner Zeile zu öffnen.</translation>
    </message>
    <message>
        <location filename="../ui/launchdialog.cpp" line="155"/>
        <source>Launch although the recipe checks found errors: a script may wait for a value in a way the checks cannot follow.</source>
        <translation>Starten, obwohl die Prüfungen der Rezepte Fehler gefunden haben: Ein Skript kann auf einen Wert auf eine Weise warten, der die Prüfungen nicht folgen können.</translation>
    </message>
    <message>
        <location filename="../ui/launchdialog.cpp" line="162"/>
        <source>&amp;Launch</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <location filename="../ui/launchdialog.cpp" line="194"/>
        <source>The base image %1 is not in %2 yet: the local nodes start from it.</source>
        <translation>Das Basis-Image %1 ist noch nicht in %2: Die lokalen Knoten starten daraus.</translation>
    </message>
    <message>
        <location filename="../ui/launchdialog.cpp" line="200"/>
        <source>&amp;Make It…</source>
        <translation>&amp;Erstellen…</translation>
    </message>
    <message>
        <location filename="../ui/launchdialog.cpp" line="202"/>
        <source>Bootstrap Debian 13 with mmdebstrap and import it (a few minutes, once)</source>
        <translation>Debian 13 mit mmdebstrap aufsetzen und importieren (einige Minuten, einmalig)</translation>
    </message>
    <message>
        <location filename="../ui/launchdialog.cpp" line="224"/>
        <location filename="../ui/launchdialog.cpp" line="347"/>
        <source>Default (%1)</source>
        <translation>Standard (%1)</translation>
    </message>
    <message>
        <location filename="../ui/launchdialog.cpp" line="312"/>
        <source>Making the base image: %1</source>
        <translation>Basis-Image wird erstellt: %1</translation>
    </message>
    <message>
        <location filename="../ui/launchdialog.cpp" line="330"/>
        <location filename="../ui/launchdialog.cpp" line="376"/>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <location filename="../ui/launchdialog.cpp" line="330"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../ui/launchdialog.cpp" line="330"/>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <location filename="../ui/launchdialog.cpp" line="330"/>
        <source>Instances</source>
        <translation>Instanzen</translation>
    </message>
    <message>
        <location filename="../ui/launchdialog.cpp" line="376"/>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../ui/launchdialog.cpp" line="376"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/launchdialog.cpp" line="376"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../ui/launchdialog.cpp" line="403"/>
        <source>%1 (required)</source>
        <translation>%1 (erforderlich)</translation>
    </message>
    <message>
        <location filename="../ui/launchdialog.cpp" line="421"/>
        <source>No input to give: every input is mapped.</source>
        <translation>Keine Eingabe nötig: Jede Eingabe ist zugeordnet.</translation>
    </message>
    <message>
        <location filename="../ui/launchdialog.cpp" line="461"/>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <location filename="../ui/launchdialog.cpp" line="503"/>
        <source>Show the password</source>
        <translation>Passwort anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/launchdialog.cpp" line="521"/>
        <source>%1 of %2 is &quot;%3&quot;, which is not one of its values (%4)</source>
        <translation>%1 von %2 ist „%3“, keiner seiner Werte (%4)</translation>
    </message>
    <message>
        <location filename="../ui/launchdialog.cpp" line="524"/>
        <source>%1 of %2 is &quot;%3&quot;, which is neither true nor false</source>
        <translation>%1 von %2 ist „%3“, weder true noch false</translation>
    </message>
    <message>
        <location filename="../ui/launchdialog.cpp" line="527"/>
        <source>%1 of %2 is required: give it a value</source>
        <translation>%1 von %2 ist erforderlich: Geben Sie einen Wert an</translation>
    </message>
    <message>
        <location filename="../ui/launchdialog.cpp" line="683"/>
        <source>No problem found: the recipes&apos; ss-get and ss-set calls all meet.</source>
        <translation>Kein Problem gefunden: Alle ss-get- und ss-set-Aufrufe der Rezepte passen zusammen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/launchdialog.cpp" line="685"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/launchdialog.cpp" line="686"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Slipway::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="155"/>
        <location filename="../ui/mainwindow.cpp" line="845"/>
        <source>Slipway</source>
        <translation>Slipway</translation>
    </message>
    <message>
        <source>Open a module from the catalog to edit it.</source>
        <translation type="vanished">Öffnen Sie ein Modul aus dem Katalog, um es zu bearbeiten.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="178"/>
        <location filename="../ui/mainwindow.cpp" line="1357"/>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="210"/>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="188"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="84"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="86"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="88"/>
        <source>Deployment</source>
        <translation>Deployment</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="217"/>
        <source>Filter modules (Ctrl+F)</source>
        <translation>Module filtern (Strg+F)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="291"/>
        <source>Rename or Move…</source>
        <translation>Umbenennen oder verschieben…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="312"/>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="317"/>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="317"/>
        <source>Path:</source>
        <translation>Pfad:</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="317"/>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="317"/>
        <source>Author:</source>
        <translation>Autor:</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="317"/>
        <source>Time:</source>
        <translation>Zeit:</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="317"/>
        <source>Comment:</source>
        <translation>Kommentar:</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="328"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="362"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="363"/>
        <location filename="../ui/mainwindow.cpp" line="931"/>
        <location filename="../ui/mainwindow.cpp" line="2135"/>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="366"/>
        <location filename="../ui/mainwindow.cpp" line="932"/>
        <location filename="../ui/mainwindow.cpp" line="2137"/>
        <source>&amp;Project…</source>
        <translation>&amp;Projekt…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="367"/>
        <location filename="../ui/mainwindow.cpp" line="935"/>
        <location filename="../ui/mainwindow.cpp" line="2138"/>
        <source>&amp;Image…</source>
        <translation>&amp;Image…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="368"/>
        <location filename="../ui/mainwindow.cpp" line="938"/>
        <location filename="../ui/mainwindow.cpp" line="2139"/>
        <source>&amp;Deployment…</source>
        <translation>&amp;Deployment…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="378"/>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="380"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="384"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="386"/>
        <source>Open &amp;Team Catalog…</source>
        <translation>&amp;Teamkatalog öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="392"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="398"/>
        <source>S&amp;ettings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="404"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="409"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="410"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="413"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="421"/>
        <source>&amp;Filter Catalog</source>
        <translation>Katalog &amp;filtern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="440"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="445"/>
        <source>Show &amp;Deleted Modules</source>
        <translation>&amp;Gelöschte Module anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="457"/>
        <source>Next Tab</source>
        <translation>Nächster Reiter</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="462"/>
        <source>Previous Tab</source>
        <translation>Vorheriger Reiter</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="469"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="477"/>
        <source>&amp;About Slipway</source>
        <translation>Ü&amp;ber Slipway</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="479"/>
        <source>About Slipway</source>
        <translation>Über Slipway</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="480"/>
        <source>&lt;b&gt;Slipway&lt;/b&gt; %1&lt;br&gt;Design, version and launch machine images and multi-node deployments.</source>
        <translation>&lt;b&gt;Slipway&lt;/b&gt; %1&lt;br&gt;Maschinen-Images und Mehrknoten-Deployments entwerfen, versionieren und starten.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="637"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="637"/>
        <source>No catalog is open.</source>
        <translation>Kein Katalog ist geöffnet.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="953"/>
        <location filename="../ui/mainwindow.cpp" line="2171"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="132"/>
        <location filename="../ui/mainwindow.cpp" line="643"/>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="235"/>
        <source>Modules whose name, description or recipes contain the text; activate one to open it at the first match.</source>
        <translation>Module, deren Name, Beschreibung oder Rezepte den Text enthalten; aktivieren Sie eines, um es an der ersten Fundstelle zu öffnen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="452"/>
        <source>&amp;Welcome Page</source>
        <translation>&amp;Willkommensseite</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="471"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="520"/>
        <source>in a recipe</source>
        <translation>in einem Rezept</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="521"/>
        <source>in the description</source>
        <translation>in der Beschreibung</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="522"/>
        <source>in the name</source>
        <translation>im Namen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="524"/>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="661"/>
        <source>%1 (team catalog %2)</source>
        <translation>%1 (Teamkatalog %2)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="686"/>
        <source>Opened %1, version %2</source>
        <translation>%1 geöffnet, Version %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="697"/>
        <location filename="../ui/mainwindow.cpp" line="704"/>
        <location filename="../ui/mainwindow.cpp" line="713"/>
        <source>New module</source>
        <translation>Neues Modul</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="698"/>
        <source>&quot;%1&quot; is not a valid module path: use letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;, with &apos;/&apos; between folders.</source>
        <translation>„%1“ ist kein gültiger Modulpfad: verwenden Sie Buchstaben, Ziffern, „-“, „_“ und „.“, mit „/“ zwischen den Ordnern.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="704"/>
        <source>There is already a module %1.</source>
        <translation>Es gibt bereits ein Modul %1.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="711"/>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="726"/>
        <location filename="../ui/mainwindow.cpp" line="2143"/>
        <source>New %1</source>
        <translation>Neu: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="728"/>
        <location filename="../ui/mainwindow.cpp" line="2145"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="729"/>
        <location filename="../ui/mainwindow.cpp" line="2146"/>
        <source>Name (in %1):</source>
        <translation>Name (in %1):</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="769"/>
        <source>Reload %1</source>
        <translation>%1 neu laden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="782"/>
        <source>Save %1</source>
        <translation>%1 speichern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="785"/>
        <source>Saved %1 as version %2</source>
        <translation>%1 als Version %2 gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="788"/>
        <source>%1 has not changed since version %2</source>
        <translation>%1 hat sich seit Version %2 nicht geändert</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="806"/>
        <source>Close %1</source>
        <translation>%1 schließen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="807"/>
        <source>%1 has unsaved changes. Save them as a new version?</source>
        <translation>%1 hat ungespeicherte Änderungen. Als neue Version speichern?</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="845"/>
        <source>%1[*] — Slipway</source>
        <translation>%1[*] — Slipway</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="862"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="863"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="891"/>
        <source>%1 (deleted)</source>
        <translation>%1 (gelöscht)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="893"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="898"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="930"/>
        <location filename="../ui/mainwindow.cpp" line="2134"/>
        <source>&amp;Open</source>
        <translation>&amp;Öffnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="945"/>
        <source>&amp;Build…</source>
        <translation>&amp;Bauen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="952"/>
        <location filename="../ui/mainwindow.cpp" line="2166"/>
        <source>&amp;Rename or Move…</source>
        <translation>&amp;Umbenennen oder verschieben…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="vanished">&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="295"/>
        <location filename="../ui/mainwindow.cpp" line="1191"/>
        <location filename="../ui/mainwindow.cpp" line="1195"/>
        <location filename="../ui/mainwindow.cpp" line="1217"/>
        <location filename="../ui/mainwindow.cpp" line="1283"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete %1 and everything under it? Deleted modules can be restored.</source>
        <translation type="vanished">%1 und alles darunter löschen? Gelöschte Module können wiederhergestellt werden.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="958"/>
        <location filename="../ui/mainwindow.cpp" line="2177"/>
        <source>Re&amp;store</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="962"/>
        <source>&amp;Publish to Team Catalog…</source>
        <translation>Im Teamkatalog &amp;veröffentlichen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="970"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="973"/>
        <source>Export with &amp;History…</source>
        <translation>Mit &amp;Verlauf exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="985"/>
        <source>Export a Bundle</source>
        <translation>Bundle exportieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="987"/>
        <source>Slipway bundles (*.yaml *.yml)</source>
        <translation>Slipway-Bundles (*.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="998"/>
        <location filename="../ui/mainwindow.cpp" line="1003"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="1006"/>
        <source>Exported %n module(s) to %1</source>
        <translation>
            <numerusform>%n Modul nach %1 exportiert</numerusform>
            <numerusform>%n Module nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1016"/>
        <source>Import Bundles or SlipStream Modules</source>
        <translation>Bundles oder SlipStream-Module importieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1018"/>
        <source>Bundles and SlipStream modules (*.slipway.yaml *.yaml *.yml *.xml);;All files (*)</source>
        <translation>Bundles und SlipStream-Module (*.slipway.yaml *.yaml *.yml *.xml);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="1031"/>
        <source>Imported %n module(s)</source>
        <translation>
            <numerusform>%n Modul importiert</numerusform>
            <numerusform>%n Module importiert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1039"/>
        <source>Rename or Move</source>
        <translation>Umbenennen oder verschieben</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1040"/>
        <source>New path of %1:</source>
        <translation>Neuer Pfad von %1:</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1056"/>
        <source>• %1 (its parent image is %2)</source>
        <translation>• %1 (sein übergeordnetes Image ist %2)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1057"/>
        <source>• %1 (node %2 runs %3)</source>
        <translation>• %1 (Knoten %2 führt %3 aus)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1096"/>
        <location filename="../ui/mainwindow.cpp" line="1101"/>
        <location filename="../ui/mainwindow.cpp" line="1148"/>
        <source>Move</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1102"/>
        <source>Move %1 and everything under it to %2?</source>
        <translation>%1 und alles darunter nach %2 verschieben?</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1108"/>
        <source>No other module refers to it. Edit → Undo moves it back.</source>
        <translation>Kein anderes Modul verweist darauf. Bearbeiten → Rückgängig verschiebt es zurück.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1109"/>
        <source>These modules refer to it; each gets a new version that follows the move:
%1

Edit → Undo moves it back.</source>
        <translation>Diese Module verweisen darauf; jedes erhält eine neue Version, die der Verschiebung folgt:
%1

Bearbeiten → Rückgängig verschiebt es zurück.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1196"/>
        <source>Delete %1 and everything under it?</source>
        <translation>%1 und alles darunter löschen?</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1201"/>
        <source>No other module refers to it. Edit → Undo restores it.</source>
        <translation>Kein anderes Modul verweist darauf. Bearbeiten → Rückgängig stellt es wieder her.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1206"/>
        <source>These modules refer to it and would no longer validate or launch:
%1

Edit → Undo restores it.</source>
        <translation>Diese Module verweisen darauf und würden sich nicht mehr validieren oder starten lassen:
%1

Bearbeiten → Rückgängig stellt es wieder her.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1123"/>
        <location filename="../ui/mainwindow.cpp" line="1240"/>
        <location filename="../ui/mainwindow.cpp" line="1248"/>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1068"/>
        <source>%1 was refused; nothing was changed.

%2</source>
        <translation>%1: abgewiesen; nichts wurde geändert.

%2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1069"/>
        <source>%1 was refused: you do not have the “%2” right on %3. Nothing was changed.

%4</source>
        <translation>%1: abgewiesen: Sie haben das Recht „%2“ an %3 nicht. Nichts wurde geändert.

%4</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1073"/>
        <source>the top level of the catalog</source>
        <translation>die oberste Ebene des Katalogs</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1123"/>
        <location filename="../ui/mainwindow.cpp" line="1217"/>
        <source>That team catalog is no longer open.</source>
        <translation>Dieser Teamkatalog ist nicht mehr geöffnet.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1150"/>
        <source>%1 stays in the team catalog %2: modules are not moved out of a team catalog by dragging. To take a copy with its history, choose Copy to the Local Catalog in its context menu.</source>
        <translation>%1 bleibt im Teamkatalog %2: Module werden nicht durch Ziehen aus einem Teamkatalog verschoben. Um eine Kopie mit ihrem Verlauf zu erhalten, wählen Sie In den lokalen Katalog kopieren in seinem Kontextmenü.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1154"/>
        <source>%1 cannot be dragged from the team catalog %2 to the team catalog %3: copy it to the local catalog (its context menu), then publish it from there.</source>
        <translation>%1 kann nicht aus dem Teamkatalog %2 in den Teamkatalog %3 gezogen werden: kopieren Sie es in den lokalen Katalog (sein Kontextmenü) und veröffentlichen Sie es von dort.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1163"/>
        <source>Publish to Team Catalog</source>
        <translation>Im Teamkatalog veröffentlichen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1164"/>
        <source>Publish %1 to the team catalog %2?</source>
        <translation>%1 im Teamkatalog %2 veröffentlichen?</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1168"/>
        <source>Each module is copied with its history and the modules it refers to, under the same path, and stays in the local catalog. The team catalog&apos;s server decides whether you may.</source>
        <translation>Jedes Modul wird mit seinem Verlauf und den Modulen, auf die es verweist, unter demselben Pfad kopiert und bleibt im lokalen Katalog. Der Server des Teamkatalogs entscheidet, ob Sie das dürfen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1241"/>
        <source>Save or close %1 first: it has unsaved changes.</source>
        <translation>Speichern oder schließen Sie zuerst %1: es hat ungespeicherte Änderungen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1249"/>
        <source>Moving %1 to %2 in the team catalog %3</source>
        <translation>Verschieben von %1 nach %2 im Teamkatalog %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="1271"/>
        <source>Moved %n module(s) to %1</source>
        <translation>
            <numerusform>%n Modul nach %1 verschoben</numerusform>
            <numerusform>%n Module nach %1 verschoben</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1284"/>
        <source>Deleting %1 in the team catalog %2</source>
        <translation>Löschen von %1 im Teamkatalog %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="1302"/>
        <source>Deleted %n module(s)</source>
        <translation>
            <numerusform>%n Modul gelöscht</numerusform>
            <numerusform>%n Module gelöscht</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1314"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1315"/>
        <source>Restoring %1 in the team catalog %2</source>
        <translation>Wiederherstellen von %1 im Teamkatalog %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="1323"/>
        <source>Restored %n module(s)</source>
        <translation>
            <numerusform>%n Modul wiederhergestellt</numerusform>
            <numerusform>%n Module wiederhergestellt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1381"/>
        <location filename="../ui/mainwindow.cpp" line="1386"/>
        <location filename="../ui/mainwindow.cpp" line="1399"/>
        <source>Credentials of %1</source>
        <translation>Zugangsdaten von %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1381"/>
        <source>%1 needs no credentials.</source>
        <translation>%1 braucht keine Zugangsdaten.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1401"/>
        <source>The credentials of %1 are in the keychain.</source>
        <translation>Die Zugangsdaten von %1 liegen im Schlüsselbund.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1412"/>
        <source>The relay is set up: %1</source>
        <translation>Das Relay ist eingerichtet: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1454"/>
        <source>Main Tool Bar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1459"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1461"/>
        <source>New deployment (the arrow: a project or an image)</source>
        <translation>Neues Deployment (der Pfeil: ein Projekt oder ein Image)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1524"/>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1528"/>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1528"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1544"/>
        <source>Also in the recipe editor: Ctrl+F finds, Ctrl+H replaces.</source>
        <translation>Außerdem im Rezepteditor: Strg+F sucht, Strg+H ersetzt.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1582"/>
        <source>Build</source>
        <translation>Bauen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1582"/>
        <source>Select an image to build.</source>
        <translation>Wählen Sie ein Image zum Bauen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1587"/>
        <location filename="../ui/mainwindow.cpp" line="1592"/>
        <location filename="../ui/mainwindow.cpp" line="1619"/>
        <source>Build %1</source>
        <translation>%1 bauen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1587"/>
        <source>Only an image can be built.</source>
        <translation>Nur ein Image kann gebaut werden.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1593"/>
        <source>%1 has unsaved changes: save them first, a build starts from a saved version.</source>
        <translation>%1 hat ungespeicherte Änderungen: Speichern Sie sie zuerst, ein Bau beginnt bei einer gespeicherten Version.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1925"/>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1931"/>
        <location filename="../ui/mainwindow.cpp" line="1952"/>
        <location filename="../ui/mainwindow.cpp" line="1977"/>
        <source>Open Team Catalog</source>
        <translation>Teamkatalog öffnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1953"/>
        <source>%1 is open, but its password could not be kept in the keychain: %2</source>
        <translation>%1 ist geöffnet, aber sein Passwort konnte nicht im Schlüsselbund abgelegt werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1965"/>
        <source>Opened the team catalog %1 as %2</source>
        <translation>Teamkatalog %1 als %2 geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2026"/>
        <source>Closed the team catalog %1</source>
        <translation>Teamkatalog %1 geschlossen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2034"/>
        <location filename="../ui/mainwindow.cpp" line="2107"/>
        <source>Publish %1</source>
        <translation>%1 veröffentlichen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2037"/>
        <source>%1 has unsaved changes: save them first, what is published is the saved history.</source>
        <translation>%1 hat ungespeicherte Änderungen: Speichern Sie sie zuerst, veröffentlicht wird der gespeicherte Verlauf.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2057"/>
        <source>%1 is already in the team catalog %2 as it is here.</source>
        <translation>%1 ist bereits so im Teamkatalog %2, wie es hier ist.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="2059"/>
        <source>Published %1 to the team catalog %2: %n version(s) copied.</source>
        <translation>
            <numerusform>%1 im Teamkatalog %2 veröffentlicht: %n Version kopiert.</numerusform>
            <numerusform>%1 im Teamkatalog %2 veröffentlicht: %n Versionen kopiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="2061"/>
        <source>Published %1 to the team catalog %2: %n version(s) copied; the values of these passwords were left out: %3.</source>
        <translation>
            <numerusform>%1 im Teamkatalog %2 veröffentlicht: %n Version kopiert; die Werte dieser Passwörter wurden weggelassen: %3.</numerusform>
            <numerusform>%1 im Teamkatalog %2 veröffentlicht: %n Versionen kopiert; die Werte dieser Passwörter wurden weggelassen: %3.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2069"/>
        <source>%1 Pinned image versions renumbered: %2</source>
        <translation>%1 Festgelegte Image-Versionen neu nummeriert: %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2081"/>
        <source>Copy %1 to the local catalog</source>
        <translation>%1 in den lokalen Katalog kopieren</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="2085"/>
        <source>Copied %1 from the team catalog %2: %n version(s).</source>
        <translation>
            <numerusform>%1 aus dem Teamkatalog %2 kopiert: %n Version.</numerusform>
            <numerusform>%1 aus dem Teamkatalog %2 kopiert: %n Versionen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2108"/>
        <source>Publish to the team catalog:</source>
        <translation>Im Teamkatalog veröffentlichen:</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2158"/>
        <source>Copy to the &amp;Local Catalog</source>
        <translation>In den &amp;lokalen Katalog kopieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2185"/>
        <source>&amp;Close Team Catalog %1</source>
        <translation>Teamkatalog %1 &amp;schließen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2247"/>
        <source>The team catalog %1 was not opened again: %2</source>
        <translation>Der Teamkatalog %1 wurde nicht wieder geöffnet: %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2265"/>
        <source>The team catalog %1 was not opened again (File → Open Team Catalog… tries again): %2</source>
        <translation>Der Teamkatalog %1 wurde nicht wieder geöffnet (Datei → Teamkatalog öffnen… versucht es erneut): %2</translation>
    </message>
    <message>
        <source>Runs start from the local catalog; this module is in the team catalog %1 (its context menu in the tree copies it to the local catalog).</source>
        <translation type="vanished">Läufe starten aus dem lokalen Katalog; dieses Modul ist im Teamkatalog %1 (sein Kontextmenü im Baum kopiert es in den lokalen Katalog).</translation>
    </message>
    <message>
        <source>Build on the cloud:</source>
        <translation type="vanished">Bauen in der Cloud:</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1631"/>
        <source>&amp;Run</source>
        <translation>&amp;Lauf</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1635"/>
        <source>&amp;Launch…</source>
        <translation>&amp;Starten…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1640"/>
        <source>Launch the current deployment or image (Ctrl+R)</source>
        <translation>Das aktuelle Deployment oder Image starten (Strg+R)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1642"/>
        <source>&amp;Build Image…</source>
        <translation>Image &amp;bauen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1647"/>
        <source>Build the current image on a cloud (Ctrl+B)</source>
        <translation>Das aktuelle Image in einer Cloud bauen (Strg+B)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1650"/>
        <source>&amp;Abort Run…</source>
        <translation>Lauf &amp;abbrechen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1659"/>
        <source>&amp;Terminate Run…</source>
        <translation>Lauf &amp;beenden…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1668"/>
        <source>&amp;Update Run…</source>
        <translation>Lauf &amp;aktualisieren…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1676"/>
        <source>Move the current run to another version of its module, node by node</source>
        <translation>Den aktuellen Lauf auf eine andere Version seines Moduls bringen, Knoten für Knoten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1684"/>
        <location filename="../ui/mainwindow.cpp" line="1695"/>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1684"/>
        <source>The runs cannot be hosted: %1</source>
        <translation>Die Läufe können nicht betrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1706"/>
        <source>Runs &amp;Dashboard</source>
        <translation>&amp;Übersicht der Läufe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1719"/>
        <source>Launch</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1719"/>
        <source>Select a deployment or an image to launch.</source>
        <translation>Wählen Sie ein Deployment oder ein Image zum Starten.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1724"/>
        <location filename="../ui/mainwindow.cpp" line="1732"/>
        <location filename="../ui/mainwindow.cpp" line="1736"/>
        <location filename="../ui/mainwindow.cpp" line="1754"/>
        <location filename="../ui/mainwindow.cpp" line="1787"/>
        <source>Launch %1</source>
        <translation>%1 starten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1725"/>
        <source>%1 has unsaved changes: save them first, a run starts from a saved version.</source>
        <translation>%1 hat ungespeicherte Änderungen: Speichern Sie sie zuerst, ein Lauf beginnt bei einer gespeicherten Version.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1736"/>
        <source>A project cannot be launched.</source>
        <translation>Ein Projekt kann nicht gestartet werden.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1768"/>
        <source>Starting the broker to launch %1…</source>
        <translation>Der Broker startet, um %1 zu starten…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1811"/>
        <source>Launched %1 version %2: run %3</source>
        <translation>%1 Version %2 gestartet: Lauf %3</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1850"/>
        <location filename="../ui/mainwindow.cpp" line="1866"/>
        <source>Run %1</source>
        <translation>Lauf %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1850"/>
        <source>There is no run %1.</source>
        <translation>Es gibt keinen Lauf %1.</translation>
    </message>
</context>
<context>
    <name>Slipway::MissingRight</name>
    <message>
        <location filename="../core/catalog/missingright.cpp" line="80"/>
        <source>get</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <location filename="../core/catalog/missingright.cpp" line="83"/>
        <source>edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location filename="../core/catalog/missingright.cpp" line="86"/>
        <source>run</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location filename="../core/catalog/missingright.cpp" line="89"/>
        <source>delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../core/catalog/missingright.cpp" line="92"/>
        <source>create children</source>
        <translation>Kinder anlegen</translation>
    </message>
</context>
<context>
    <name>Slipway::ModuleDiff</name>
    <message>
        <location filename="../core/catalog/modulediff.cpp" line="81"/>
        <source> (literal)</source>
        <translation> (fester Wert)</translation>
    </message>
</context>
<context>
    <name>Slipway::ModuleEditor</name>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="71"/>
        <source>Pre-install</source>
        <translation>Vorinstallation</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="73"/>
        <source>Recipe</source>
        <translation>Rezept</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="75"/>
        <source>Execute</source>
        <translation>Ausführung</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="77"/>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="79"/>
        <source>On VM add</source>
        <translation>Beim Hinzufügen einer VM</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="81"/>
        <source>On VM remove</source>
        <translation>Beim Entfernen einer VM</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="83"/>
        <source>Health check</source>
        <translation>Gesundheitsprüfung</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="156"/>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="158"/>
        <source>Clouds</source>
        <translation>Clouds</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="163"/>
        <source>Packages</source>
        <translation>Pakete</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="168"/>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="169"/>
        <source>Recipes</source>
        <translation>Rezepte</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="172"/>
        <source>Diagram</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="173"/>
        <source>Nodes</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="176"/>
        <source>Authorization</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="178"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="229"/>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="235"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="236"/>
        <source>Keep editing this version (a save will then ask how to go on)</source>
        <translation>Diese Version weiter bearbeiten (beim Speichern wird dann gefragt, wie es weitergeht)</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="243"/>
        <source>Reload %1</source>
        <translation>%1 neu laden</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="257"/>
        <source>Another member moved or deleted %1 in the team catalog. Save this edit under another path to keep it.</source>
        <translation>Ein anderes Mitglied hat %1 im Teamkatalog verschoben oder gelöscht. Speichern Sie diese Bearbeitung unter einem anderen Pfad, um sie zu behalten.</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="267"/>
        <source>Another member deleted %1 from the team catalog. Save this edit under another path to keep it.</source>
        <translation>Ein anderes Mitglied hat %1 aus dem Teamkatalog gelöscht. Speichern Sie diese Bearbeitung unter einem anderen Pfad, um sie zu behalten.</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="281"/>
        <source>Reload drops your unsaved changes; a save instead asks how to go on</source>
        <translation>Neu laden verwirft Ihre ungespeicherten Änderungen; Speichern fragt stattdessen, wie es weitergeht</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="283"/>
        <source>Read the latest version</source>
        <translation>Die neueste Version lesen</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="285"/>
        <source>A newer version of %1 was saved: version %2 (you have version %3).</source>
        <translation>Eine neuere Version von %1 wurde gespeichert: Version %2 (Sie haben Version %3).</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="289"/>
        <source>%1 saved a newer version of %2: version %3 (you have version %4).</source>
        <translation>%1 hat eine neuere Version von %2 gespeichert: Version %3 (Sie haben Version %4).</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="304"/>
        <source>Path:</source>
        <translation>Pfad:</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="311"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="323"/>
        <source>Native image: a base image that exists in the clouds</source>
        <translation>Natives Image: ein Basis-Image, das in den Clouds existiert</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="343"/>
        <source>the image this one derives from</source>
        <translation>das Image, von dem dieses abgeleitet ist</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="344"/>
        <source>&amp;Parent image:</source>
        <translation>&amp;Eltern-Image:</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="354"/>
        <source>Inherits:</source>
        <translation>Erbt von:</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="358"/>
        <source>&amp;Login user:</source>
        <translation>&amp;Anmeldebenutzer:</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="371"/>
        <source>P&amp;latform:</source>
        <translation>P&amp;lattform:</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="387"/>
        <source>Built images</source>
        <translation>Gebaute Images</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="390"/>
        <source>A build is stale when the image or an image it derives from changed, or was built again, since.</source>
        <translation>Ein Bau ist veraltet, wenn sich das Image oder ein Image, von dem es abgeleitet ist, seitdem geändert hat oder neu gebaut wurde.</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="395"/>
        <source>&amp;Build…</source>
        <translation>&amp;Bauen…</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="397"/>
        <location filename="../ui/moduleeditor.cpp" line="448"/>
        <source>Build the saved image on clouds you choose (Ctrl+B)</source>
        <translation>Das gespeicherte Image auf Clouds Ihrer Wahl bauen (Strg+B)</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="406"/>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="406"/>
        <source>Image id</source>
        <translation>Image-ID</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="406"/>
        <source>Built from</source>
        <translation>Gebaut aus</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="406"/>
        <source>Built at</source>
        <translation>Gebaut am</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="406"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="418"/>
        <source>Image ids in the clouds (native images)</source>
        <translation>Image-IDs in den Clouds (native Images)</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="423"/>
        <source>Resources per cloud</source>
        <translation>Ressourcen pro Cloud</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="449"/>
        <source>A native image exists in the clouds: there is nothing to build.</source>
        <translation>Ein natives Image existiert in den Clouds: Es gibt nichts zu bauen.</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="460"/>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="463"/>
        <source>stale: %1</source>
        <translation>veraltet: %1</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="463"/>
        <source>current</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="484"/>
        <source>This image&apos;s script</source>
        <translation>Das Skript dieses Images</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="489"/>
        <source>Inherited from the parent images (runs first)</source>
        <translation>Von den Eltern-Images geerbt (läuft zuerst)</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="557"/>
        <source>Select a node to map its input parameters.</source>
        <translation>Wählen Sie einen Knoten, um seine Eingabeparameter zuzuordnen.</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="558"/>
        <source>Input parameters of node %1:</source>
        <translation>Eingabeparameter des Knotens %1:</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="588"/>
        <source>nothing (a root image)</source>
        <translation>nichts (ein Wurzel-Image)</translation>
    </message>
</context>
<context>
    <name>Slipway::ModuleJson::Reader</name>
    <message>
        <location filename="../core/model/modulejson.cpp" line="217"/>
        <source>unknown field</source>
        <translation>unbekanntes Feld</translation>
    </message>
    <message>
        <location filename="../core/model/modulejson.cpp" line="227"/>
        <location filename="../core/model/modulejson.cpp" line="284"/>
        <source>expected text</source>
        <translation>Text erwartet</translation>
    </message>
    <message>
        <location filename="../core/model/modulejson.cpp" line="234"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location filename="../core/model/modulejson.cpp" line="244"/>
        <source>expected true or false</source>
        <translation>true oder false erwartet</translation>
    </message>
    <message>
        <location filename="../core/model/modulejson.cpp" line="255"/>
        <source>expected a whole number</source>
        <translation>ganze Zahl erwartet</translation>
    </message>
    <message>
        <location filename="../core/model/modulejson.cpp" line="267"/>
        <source>expected a number</source>
        <translation>Zahl erwartet</translation>
    </message>
    <message>
        <location filename="../core/model/modulejson.cpp" line="278"/>
        <source>expected a list of texts</source>
        <translation>Liste von Texten erwartet</translation>
    </message>
    <message>
        <location filename="../core/model/modulejson.cpp" line="296"/>
        <location filename="../core/model/modulejson.cpp" line="315"/>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <location filename="../core/model/modulejson.cpp" line="308"/>
        <source>expected a list</source>
        <translation>Liste erwartet</translation>
    </message>
    <message>
        <location filename="../core/model/modulejson.cpp" line="353"/>
        <source>unknown type &quot;%1&quot; (string, text, password, boolean or enum)</source>
        <translation>unbekannter Typ „%1“ (string, text, password, boolean oder enum)</translation>
    </message>
    <message>
        <location filename="../core/model/modulejson.cpp" line="362"/>
        <source>unknown category &quot;%1&quot; (input or output)</source>
        <translation>unbekannte Kategorie „%1“ (input oder output)</translation>
    </message>
    <message>
        <location filename="../core/model/modulejson.cpp" line="407"/>
        <source>unknown recipe (pre-install, recipe, execute, report, on-vm-add, on-vm-remove or check)</source>
        <translation>unbekanntes Rezept (pre-install, recipe, execute, report, on-vm-add, on-vm-remove oder check)</translation>
    </message>
    <message>
        <source>unknown recipe (pre-install, recipe, execute, report, on-vm-add or on-vm-remove)</source>
        <translation type="vanished">unbekanntes Rezept (pre-install, recipe, execute, report, on-vm-add oder on-vm-remove)</translation>
    </message>
    <message>
        <location filename="../core/model/modulejson.cpp" line="438"/>
        <location filename="../core/model/modulejson.cpp" line="679"/>
        <source>expected an ISO 8601 time</source>
        <translation>ISO-8601-Zeit erwartet</translation>
    </message>
    <message>
        <location filename="../core/model/modulejson.cpp" line="486"/>
        <source>unknown policy &quot;%1&quot; (report, restart or replace)</source>
        <translation>unbekannte Richtlinie „%1“ (report, restart oder replace)</translation>
    </message>
    <message>
        <location filename="../core/model/modulejson.cpp" line="592"/>
        <source>unknown kind &quot;%1&quot; (project, image or deployment)</source>
        <translation>unbekannte Art „%1“ (project, image oder deployment)</translation>
    </message>
    <message>
        <location filename="../core/model/modulejson.cpp" line="616"/>
        <source>unknown right (get, edit, run, delete or create-children)</source>
        <translation>unbekanntes Recht (get, edit, run, delete oder create-children)</translation>
    </message>
    <message>
        <location filename="../core/model/modulejson.cpp" line="624"/>
        <source>only an image has image fields</source>
        <translation>nur ein Image hat Image-Felder</translation>
    </message>
    <message>
        <location filename="../core/model/modulejson.cpp" line="629"/>
        <source>only a deployment has nodes</source>
        <translation>nur ein Deployment hat Knoten</translation>
    </message>
    <message>
        <location filename="../core/model/modulejson.cpp" line="650"/>
        <source>invalid JSON at offset %1: %2</source>
        <translation>ungültiges JSON an Position %1: %2</translation>
    </message>
    <message>
        <location filename="../core/model/modulejson.cpp" line="652"/>
        <source>a module must be a JSON object</source>
        <translation>ein Modul muss ein JSON-Objekt sein</translation>
    </message>
</context>
<context>
    <name>Slipway::NodeItem</name>
    <message>
        <location filename="../ui/diagram/nodeitem.cpp" line="112"/>
        <source>%1: %2 (double-click the name to rename it, the ×N to change the multiplicity)</source>
        <translation>%1: %2 (doppelklicken Sie auf den Namen, um ihn umzubenennen, auf das ×N, um die Anzahl zu ändern)</translation>
    </message>
    <message>
        <location filename="../ui/diagram/nodeitem.cpp" line="301"/>
        <source>cloud: the run&apos;s default</source>
        <translation>Cloud: Standard des Laufs</translation>
    </message>
    <message>
        <location filename="../ui/diagram/nodeitem.cpp" line="302"/>
        <source>cloud: %1</source>
        <translation>Cloud: %1</translation>
    </message>
    <message>
        <location filename="../ui/diagram/nodeitem.cpp" line="308"/>
        <source>image not found</source>
        <translation>Image nicht gefunden</translation>
    </message>
    <message>
        <location filename="../ui/diagram/nodeitem.cpp" line="405"/>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <location filename="../ui/diagram/nodeitem.cpp" line="406"/>
        <source>&amp;Multiplicity…</source>
        <translation>&amp;Anzahl…</translation>
    </message>
    <message>
        <location filename="../ui/diagram/nodeitem.cpp" line="408"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
</context>
<context>
    <name>Slipway::PackageInstallScript</name>
    <message>
        <location filename="../core/connector/packageinstallscript.cpp" line="134"/>
        <source>“%1” is not a valid package name.</source>
        <translation>„%1“ ist kein gültiger Paketname.</translation>
    </message>
    <message>
        <location filename="../core/connector/packageinstallscript.cpp" line="166"/>
        <source>Packages cannot be installed on the platform “%1”: Slipway knows apt (debian, ubuntu), dnf (fedora, centos, rhel, rocky, almalinux) and apk (alpine).</source>
        <translation>Auf der Plattform „%1“ können keine Pakete installiert werden: Slipway kennt apt (debian, ubuntu), dnf (fedora, centos, rhel, rocky, almalinux) und apk (alpine).</translation>
    </message>
</context>
<context>
    <name>Slipway::PostgresBackend</name>
    <message>
        <location filename="../core/storage/postgresbackend.cpp" line="159"/>
        <source>it was made by a newer Slipway (team schema %1; this one knows up to %2)</source>
        <translation>er wurde von einem neueren Slipway angelegt (Teamschema %1; dieses kennt bis %2)</translation>
    </message>
    <message>
        <location filename="../core/storage/postgresbackend.cpp" line="164"/>
        <source>the database is not a Slipway team catalog yet (its administrator makes it one with: slipway-cli catalog init-team %1)</source>
        <translation>die Datenbank ist noch kein Slipway-Teamkatalog (ihr Administrator macht sie dazu mit: slipway-cli catalog init-team %1)</translation>
    </message>
    <message>
        <location filename="../core/storage/postgresbackend.cpp" line="168"/>
        <source>the team catalog has schema %1 and this Slipway needs %2 (its administrator upgrades it with: slipway-cli catalog init-team %3)</source>
        <translation>der Teamkatalog hat Schema %1 und dieses Slipway braucht %2 (sein Administrator aktualisiert ihn mit: slipway-cli catalog init-team %3)</translation>
    </message>
    <message>
        <location filename="../core/storage/postgresbackend.cpp" line="190"/>
        <source>upgrading the team schema from version %1 (%2) failed: %3</source>
        <translation>die Aktualisierung des Teamschemas von Version %1 (%2) ist fehlgeschlagen: %3</translation>
    </message>
</context>
<context>
    <name>Slipway::PostgresConnection</name>
    <message>
        <location filename="../core/storage/postgresbackend.cpp" line="42"/>
        <source>&quot;%1&quot; is not a postgresql:// URL</source>
        <translation>„%1“ ist keine postgresql://-URL</translation>
    </message>
    <message>
        <location filename="../core/storage/postgresbackend.cpp" line="44"/>
        <source>the URL %1 holds a password: keep it in the keychain (a named connection) or in ~/.pgpass instead</source>
        <translation>die URL %1 enthält ein Passwort: verwahren Sie es stattdessen im Schlüsselbund (eine benannte Verbindung) oder in ~/.pgpass</translation>
    </message>
    <message>
        <location filename="../core/storage/postgresbackend.cpp" line="70"/>
        <source>sslmode=%1: a team catalog over the network is only reached with TLS and a verified certificate (verify-full)</source>
        <translation>sslmode=%1: ein Teamkatalog im Netzwerk wird nur mit TLS und einem geprüften Zertifikat erreicht (verify-full)</translation>
    </message>
    <message>
        <location filename="../core/storage/postgresbackend.cpp" line="74"/>
        <source>%1: unknown option &quot;%2&quot; (known: host, port, user, dbname, sslmode, sslrootcert, sslcert, sslkey)</source>
        <translation>%1: unbekannte Option „%2“ (bekannt: host, port, user, dbname, sslmode, sslrootcert, sslcert, sslkey)</translation>
    </message>
    <message>
        <location filename="../core/storage/postgresbackend.cpp" line="79"/>
        <source>%1 names no server (a host, or ?host=/folder/of/the/socket)</source>
        <translation>%1 nennt keinen Server (einen Host oder ?host=/Ordner/des/Sockets)</translation>
    </message>
    <message>
        <location filename="../core/storage/postgresbackend.cpp" line="82"/>
        <source>%1 names no database</source>
        <translation>%1 nennt keine Datenbank</translation>
    </message>
    <message>
        <location filename="../core/storage/postgresbackend.cpp" line="85"/>
        <source>%1: spaces, quotes, &apos;;&apos; and &apos;\&apos; are not supported in its parts</source>
        <translation>%1: Leerzeichen, Anführungszeichen, „;“ und „\“ werden in seinen Teilen nicht unterstützt</translation>
    </message>
</context>
<context>
    <name>Slipway::ProblemsModel</name>
    <message>
        <location filename="../ui/models/problemsmodel.cpp" line="59"/>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <location filename="../ui/models/problemsmodel.cpp" line="73"/>
        <source>Error: %1
Double-click to open %2.</source>
        <translation>Fehler: %1
Doppelklicken, um %2 zu öffnen.</translation>
    </message>
    <message>
        <location filename="../ui/models/problemsmodel.cpp" line="75"/>
        <source>Warning: %1
Double-click to open %2.</source>
        <translation>Warnung: %1
Doppelklicken, um %2 zu öffnen.</translation>
    </message>
    <message>
        <location filename="../ui/models/problemsmodel.cpp" line="77"/>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location filename="../ui/models/problemsmodel.cpp" line="78"/>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location filename="../ui/models/problemsmodel.cpp" line="97"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../ui/models/problemsmodel.cpp" line="99"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../ui/models/problemsmodel.cpp" line="101"/>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
</context>
<context>
    <name>Slipway::RecipeEditor</name>
    <message>
        <location filename="../ui/editor/recipeeditor.cpp" line="83"/>
        <source>Plain text</source>
        <translation>Klartext</translation>
    </message>
</context>
<context>
    <name>Slipway::RecipePane</name>
    <message>
        <location filename="../ui/editor/recipepane.cpp" line="17"/>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <location filename="../ui/editor/recipepane.cpp" line="18"/>
        <source>&amp;Replace…</source>
        <translation>&amp;Ersetzen…</translation>
    </message>
    <message>
        <location filename="../ui/editor/recipepane.cpp" line="19"/>
        <source>Find &amp;Next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <location filename="../ui/editor/recipepane.cpp" line="20"/>
        <source>Find &amp;Previous</source>
        <translation>&amp;Rückwärts suchen</translation>
    </message>
    <message>
        <location filename="../ui/editor/recipepane.cpp" line="68"/>
        <source>%1 — read-only</source>
        <translation>%1 — schreibgeschützt</translation>
    </message>
</context>
<context>
    <name>Slipway::RelayDialog</name>
    <message>
        <location filename="../ui/relaydialog.cpp" line="30"/>
        <source>Relay</source>
        <translation>Relay</translation>
    </message>
    <message>
        <location filename="../ui/relaydialog.cpp" line="33"/>
        <source>The address the nodes call to reach Slipway.</source>
        <translation>Die Adresse, die die Knoten aufrufen, um Slipway zu erreichen.</translation>
    </message>
    <message>
        <location filename="../ui/relaydialog.cpp" line="36"/>
        <source>The address this application links to.</source>
        <translation>Die Adresse, mit der sich diese Anwendung verbindet.</translation>
    </message>
    <message>
        <location filename="../ui/relaydialog.cpp" line="38"/>
        <source>The system&apos;s certificate authorities</source>
        <translation>Die Zertifizierungsstellen des Systems</translation>
    </message>
    <message>
        <location filename="../ui/relaydialog.cpp" line="41"/>
        <source>The secret shared with the relay; kept in the system keychain.</source>
        <translation>Das mit dem Relay geteilte Geheimnis; im Schlüsselbund des Systems verwahrt.</translation>
    </message>
    <message>
        <location filename="../ui/relaydialog.cpp" line="50"/>
        <source>Unchanged (in the keychain)</source>
        <translation>Unverändert (im Schlüsselbund)</translation>
    </message>
    <message>
        <location filename="../ui/relaydialog.cpp" line="55"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/relaydialog.cpp" line="59"/>
        <source>Certificate Authorities</source>
        <translation>Zertifizierungsstellen</translation>
    </message>
    <message>
        <location filename="../ui/relaydialog.cpp" line="61"/>
        <source>PEM files (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Dateien (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/relaydialog.cpp" line="70"/>
        <source>&amp;Nodes call:</source>
        <translation>Die &amp;Knoten rufen auf:</translation>
    </message>
    <message>
        <location filename="../ui/relaydialog.cpp" line="71"/>
        <source>&amp;Link to:</source>
        <translation>&amp;Verbinden mit:</translation>
    </message>
    <message>
        <location filename="../ui/relaydialog.cpp" line="72"/>
        <source>&amp;CA file:</source>
        <translation>&amp;CA-Datei:</translation>
    </message>
    <message>
        <location filename="../ui/relaydialog.cpp" line="73"/>
        <source>Shared &amp;secret:</source>
        <translation>Geteiltes &amp;Geheimnis:</translation>
    </message>
    <message>
        <location filename="../ui/relaydialog.cpp" line="76"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../ui/relaydialog.cpp" line="83"/>
        <source>The nodes of clouds that cannot reach this machine (EC2, OpenStack) reach Slipway through slipway-relay.</source>
        <translation>Die Knoten von Clouds, die diese Maschine nicht erreichen (EC2, OpenStack), erreichen Slipway über slipway-relay.</translation>
    </message>
    <message>
        <location filename="../ui/relaydialog.cpp" line="105"/>
        <source>The shared secret is needed.</source>
        <translation>Das geteilte Geheimnis wird benötigt.</translation>
    </message>
    <message>
        <location filename="../ui/relaydialog.cpp" line="118"/>
        <source>Storing the secret in the keychain…</source>
        <translation>Das Geheimnis wird im Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <location filename="../ui/relaydialog.cpp" line="126"/>
        <source>The settings are saved, but not the secret: %1</source>
        <translation>Die Einstellungen sind gespeichert, das Geheimnis aber nicht: %1</translation>
    </message>
</context>
<context>
    <name>Slipway::RemoveRowCommand</name>
    <message>
        <location filename="../ui/commands/removerowcommand.cpp" line="14"/>
        <source>Remove %1</source>
        <translation>Entfernen: %1</translation>
    </message>
</context>
<context>
    <name>Slipway::RunDashboard</name>
    <message>
        <location filename="../ui/runs/rundashboard.cpp" line="40"/>
        <source>All states</source>
        <translation>Alle Zustände</translation>
    </message>
    <message>
        <location filename="../ui/runs/rundashboard.cpp" line="51"/>
        <source>&amp;State:</source>
        <translation>&amp;Zustand:</translation>
    </message>
    <message>
        <location filename="../ui/runs/rundashboard.cpp" line="58"/>
        <source>Module contains…</source>
        <translation>Modul enthält…</translation>
    </message>
    <message>
        <location filename="../ui/runs/rundashboard.cpp" line="64"/>
        <source>&amp;Cloud:</source>
        <translation>&amp;Cloud:</translation>
    </message>
    <message>
        <location filename="../ui/runs/rundashboard.cpp" line="71"/>
        <source>T&amp;ag:</source>
        <translation>T&amp;ag:</translation>
    </message>
    <message>
        <location filename="../ui/runs/rundashboard.cpp" line="75"/>
        <source>Edit &amp;Tags…</source>
        <translation>&amp;Tags bearbeiten…</translation>
    </message>
    <message>
        <location filename="../ui/runs/rundashboard.cpp" line="77"/>
        <source>Change the tags of the selected run</source>
        <translation>Die Tags des ausgewählten Laufs ändern</translation>
    </message>
    <message>
        <location filename="../ui/runs/rundashboard.cpp" line="135"/>
        <source>Tags of Run %1</source>
        <translation>Tags von Lauf %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/rundashboard.cpp" line="160"/>
        <source>Service of run %1: %2</source>
        <translation>Dienst von Lauf %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/runs/rundashboard.cpp" line="202"/>
        <source>All tags</source>
        <translation>Alle Tags</translation>
    </message>
    <message>
        <location filename="../ui/runs/rundashboard.cpp" line="225"/>
        <source>All clouds</source>
        <translation>Alle Clouds</translation>
    </message>
</context>
<context>
    <name>Slipway::RunEngine</name>
    <message>
        <location filename="../core/run/runbuilds.cpp" line="21"/>
        <location filename="../core/run/runengine.cpp" line="85"/>
        <source>There is no cloud named %1: add it with slipway-cli cloud add.</source>
        <translation>Es gibt keine Cloud namens %1: fügen Sie sie mit slipway-cli cloud add hinzu.</translation>
    </message>
    <message>
        <location filename="../core/run/runbuilds.cpp" line="24"/>
        <source>The cloud %1 needs the connector %2, which this Slipway does not have.</source>
        <translation>Die Cloud %1 braucht den Connector %2, den dieses Slipway nicht hat.</translation>
    </message>
    <message>
        <location filename="../core/run/runbuilds.cpp" line="27"/>
        <source>The cloud %1 (%2) cannot build images.</source>
        <translation>Die Cloud %1 (%2) kann keine Images bauen.</translation>
    </message>
    <message>
        <location filename="../core/run/runbuilds.cpp" line="29"/>
        <source>%1 has no base image to build on in %2.</source>
        <translation>%1 hat in %2 kein Basis-Image, auf dem gebaut werden kann.</translation>
    </message>
    <message>
        <location filename="../core/run/runbuilds.cpp" line="62"/>
        <source>Launched %1 (version %2) as a build run</source>
        <translation>%1 (Version %2) als Bau-Lauf gestartet</translation>
    </message>
    <message>
        <location filename="../core/run/runbuilds.cpp" line="90"/>
        <source>The build did not end in time.</source>
        <translation>Der Bau ist nicht rechtzeitig zu Ende gegangen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/run/runbuilds.cpp" line="99"/>
        <source>Building on %1 from %2 (%n step(s))</source>
        <translation>
            <numerusform>Bau auf %1 ausgehend von %2 (%n Schritt)</numerusform>
            <numerusform>Bau auf %1 ausgehend von %2 (%n Schritte)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/run/runbuilds.cpp" line="123"/>
        <source>Step %1: reused (%2)</source>
        <translation>Schritt %1: wiederverwendet (%2)</translation>
    </message>
    <message>
        <location filename="../core/run/runbuilds.cpp" line="124"/>
        <source>Step %1: run in %2 s (%3)</source>
        <translation>Schritt %1: in %2 s ausgeführt (%3)</translation>
    </message>
    <message>
        <location filename="../core/run/runbuilds.cpp" line="146"/>
        <source>The build failed: %1</source>
        <translation>Der Bau ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../core/run/runbuilds.cpp" line="163"/>
        <source>Built %1 (%2 of %3 steps run)</source>
        <translation>%1 gebaut (%2 von %3 Schritten ausgeführt)</translation>
    </message>
    <message>
        <location filename="../core/run/runbuilds.cpp" line="190"/>
        <source>The built image %1 could not be recorded in the catalog: %2</source>
        <translation>Das gebaute Image %1 konnte nicht im Katalog gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../core/run/runbuilds.cpp" line="198"/>
        <source>Recorded %1 as the image of %2 version %3 on %4, built on %5</source>
        <translation>%1 als Image von %2 Version %3 auf %4 erfasst, gebaut am %5</translation>
    </message>
    <message>
        <source>Recorded %1 as the image of %2 version %3 on %4</source>
        <translation type="vanished">%1 als Image von %2 Version %3 auf %4 gespeichert</translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="111"/>
        <source>The broker is not listening: the run cannot start.</source>
        <translation>Der Broker lauscht nicht: der Lauf kann nicht starten.</translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="210"/>
        <source>Launched %1 (version %2) as a %3 run</source>
        <translation>%1 (Version %2) als %3-Lauf gestartet</translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="222"/>
        <source>The run did not reach Ready within %1 minutes.</source>
        <translation>Der Lauf hat Ready nicht innerhalb von %1 Minuten erreicht.</translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="296"/>
        <source>Started on %1 at %2</source>
        <translation>Gestartet auf %1 um %2</translation>
    </message>
    <message>
        <source>Running as %1 at %2</source>
        <translation type="vanished">Läuft als %1 auf %2</translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="336"/>
        <source>Could not be started: %1</source>
        <translation>Konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="343"/>
        <source>%1: %2 of its instances could not be started (at most %3 may fail): %4</source>
        <translation>%1: %2 seiner Instanzen konnten nicht gestartet werden (höchstens %3 dürfen fehlschlagen): %4</translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="367"/>
        <source>%1 cannot be bootstrapped: %2</source>
        <translation>%1 kann nicht gebootstrappt werden: %2</translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="368"/>
        <source>it has no token</source>
        <translation>es hat kein Token</translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="398"/>
        <source>%1: the bootstrap failed: %2</source>
        <translation>%1: der Bootstrap ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../core/run/runbuilds.cpp" line="209"/>
        <location filename="../core/run/runengine.cpp" line="474"/>
        <source>Aborted: %1</source>
        <translation>Abgebrochen: %1</translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="66"/>
        <source>Parameters and reports pruned: Slipway keeps those of %1</source>
        <translation>Parameter und Berichte bereinigt (Slipway behält: %1)</translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="496"/>
        <source>No node had started: there are no reports to wait for</source>
        <translation>Kein Knoten war gestartet: es gibt keine Berichte, auf die zu warten wäre</translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="505"/>
        <source>Waiting up to %1 s for the reports of %2</source>
        <translation>Bis zu %1 s Warten auf die Berichte von %2</translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="517"/>
        <source>The report grace period is over</source>
        <translation>Die Nachfrist für die Berichte ist abgelaufen</translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="532"/>
        <location filename="../core/run/runengine.cpp" line="535"/>
        <location filename="../core/run/runhealth.cpp" line="61"/>
        <source>The run %1 is not going.</source>
        <translation>Der Lauf %1 läuft nicht.</translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="537"/>
        <location filename="../core/run/runengine.cpp" line="547"/>
        <source>Aborted by the user.</source>
        <translation>Vom Benutzer abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="577"/>
        <location filename="../core/run/runscaling.cpp" line="18"/>
        <location filename="../core/run/runupdate.cpp" line="74"/>
        <source>There is no run %1.</source>
        <translation>Es gibt keinen Lauf %1.</translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="583"/>
        <source>The run %1 cannot be terminated.</source>
        <translation>Der Lauf %1 kann nicht beendet werden.</translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="588"/>
        <location filename="../core/run/runengine.cpp" line="599"/>
        <source>Cancelled by the user</source>
        <translation>Vom Benutzer abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="633"/>
        <location filename="../core/run/runscaling.cpp" line="315"/>
        <source>Could not remove every instance: %1</source>
        <translation>Nicht alle Instanzen konnten entfernt werden: %1</translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="642"/>
        <source>Instances removed</source>
        <translation>Instanzen entfernt</translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="670"/>
        <source>Removing what the run has on cloud %1 (%2)</source>
        <translation>Entfernen dessen, was der Lauf in der Cloud %1 hat (%2)</translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="724"/>
        <source>State: %1</source>
        <translation>Zustand: %1</translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="799"/>
        <source>Resumed after a restart of Slipway in state %1</source>
        <translation>Nach einem Neustart von Slipway im Zustand %1 fortgesetzt</translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="858"/>
        <source>Slipway stopped while %1 was being started: the run cannot go on.</source>
        <translation>Slipway wurde beendet, während %1 gestartet wurde: der Lauf kann nicht weitergehen.</translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="871"/>
        <source>The run did not reach Ready in time.</source>
        <translation>Der Lauf hat Ready nicht rechtzeitig erreicht.</translation>
    </message>
    <message>
        <location filename="../core/run/runscaling.cpp" line="19"/>
        <location filename="../core/run/runscaling.cpp" line="25"/>
        <source>The run %1 is %2: only a Ready run can be scaled.</source>
        <translation>Der Lauf %1 ist %2: nur ein Lauf im Zustand Ready kann skaliert werden.</translation>
    </message>
    <message>
        <location filename="../core/run/runscaling.cpp" line="22"/>
        <source>The run %1 is an image build: it cannot be scaled.</source>
        <translation>Der Lauf %1 ist ein Image-Bau: er kann nicht skaliert werden.</translation>
    </message>
    <message>
        <location filename="../core/run/runscaling.cpp" line="28"/>
        <location filename="../core/run/runhealth.cpp" line="67"/>
        <source>The run %1 has no node %2.</source>
        <translation>Der Lauf %1 hat keinen Knoten %2.</translation>
    </message>
    <message>
        <location filename="../core/run/runscaling.cpp" line="30"/>
        <source>Scaling %1 by 0 changes nothing.</source>
        <translation>%1 um 0 zu skalieren ändert nichts.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/run/runscaling.cpp" line="33"/>
        <source>%1 has %n instance(s): removing %2 would leave none (at least one stays).</source>
        <translation>
            <numerusform>%1 hat %n Instanz: %2 zu entfernen ließe keine übrig (mindestens eine bleibt).</numerusform>
            <numerusform>%1 hat %n Instanzen: %2 zu entfernen ließe keine übrig (mindestens eine bleibt).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/run/runscaling.cpp" line="44"/>
        <location filename="../core/run/runupdate.cpp" line="105"/>
        <source>The cloud %1 cannot add or remove instances of a running run.</source>
        <translation>Die Cloud %1 kann einem laufenden Lauf keine Instanzen hinzufügen oder entfernen.</translation>
    </message>
    <message>
        <location filename="../core/run/runscaling.cpp" line="79"/>
        <location filename="../core/run/runscaling.cpp" line="82"/>
        <source>Could not add instances of %1: %2</source>
        <translation>Instanzen von %1 konnten nicht hinzugefügt werden: %2</translation>
    </message>
    <message>
        <location filename="../core/run/runscaling.cpp" line="118"/>
        <source>Scaling %1 by +%2: %3</source>
        <translation>Skalierung von %1 um +%2: %3</translation>
    </message>
    <message>
        <location filename="../core/run/runscaling.cpp" line="162"/>
        <location filename="../core/run/runscaling.cpp" line="165"/>
        <source>Could not remove instances of %1: %2</source>
        <translation>Instanzen von %1 konnten nicht entfernt werden: %2</translation>
    </message>
    <message>
        <location filename="../core/run/runscaling.cpp" line="171"/>
        <source>Scaling %1 by -%2: %3</source>
        <translation>Skalierung von %1 um -%2: %3</translation>
    </message>
    <message>
        <location filename="../core/run/runscaling.cpp" line="200"/>
        <source>The scaling of the run did not end in time.</source>
        <translation>Die Skalierung des Laufs ist nicht rechtzeitig zu Ende gegangen.</translation>
    </message>
    <message>
        <location filename="../core/run/runscaling.cpp" line="254"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/run/runscaling.cpp" line="265"/>
        <source>Running %1 for %2</source>
        <translation>%1 wird für %2 ausgeführt</translation>
    </message>
    <message>
        <location filename="../core/run/runscaling.cpp" line="284"/>
        <source>%1: %2 failed: %3</source>
        <translation>%1: %2 ist fehlgeschlagen: %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/run/runscaling.cpp" line="400"/>
        <source>Scaled %1: %n instance(s)</source>
        <translation>
            <numerusform>%1 skaliert: %n Instanz</numerusform>
            <numerusform>%1 skaliert: %n Instanzen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/run/runscaling.cpp" line="452"/>
        <source>Slipway stopped while %1 were being started: they leave the run</source>
        <translation>Slipway wurde beendet, während %1 gestartet wurden: sie verlassen den Lauf</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/run/runupdate.cpp" line="57"/>
        <source>add %n instance(s) of %1</source>
        <translation>
            <numerusform>%n Instanz von %1 hinzufügen</numerusform>
            <numerusform>%n Instanzen von %1 hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/run/runupdate.cpp" line="59"/>
        <source>remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <location filename="../core/run/runupdate.cpp" line="61"/>
        <source>run execute again on %1</source>
        <translation>execute auf %1 erneut ausführen</translation>
    </message>
    <message>
        <location filename="../core/run/runupdate.cpp" line="76"/>
        <location filename="../core/run/runupdate.cpp" line="82"/>
        <source>The run %1 is %2: only a Ready run can be updated.</source>
        <translation>Der Lauf %1 ist %2: nur ein Lauf im Zustand Ready kann aktualisiert werden.</translation>
    </message>
    <message>
        <location filename="../core/run/runupdate.cpp" line="79"/>
        <source>The run %1 is an image build: it cannot be updated.</source>
        <translation>Der Lauf %1 ist ein Image-Bau: er kann nicht aktualisiert werden.</translation>
    </message>
    <message>
        <location filename="../core/run/runupdate.cpp" line="85"/>
        <source>The plan was made for another state of the run %1: make it again.</source>
        <translation>Der Plan wurde für einen anderen Zustand des Laufs %1 erstellt: erstellen Sie ihn neu.</translation>
    </message>
    <message>
        <location filename="../core/run/runupdate.cpp" line="88"/>
        <source>The update cannot be applied in place: %1</source>
        <translation>Die Aktualisierung kann nicht an Ort und Stelle angewendet werden: %1</translation>
    </message>
    <message>
        <location filename="../core/run/runupdate.cpp" line="90"/>
        <source>The run %1 already runs what version %2 has: nothing to update.</source>
        <translation>Der Lauf %1 führt bereits aus, was Version %2 enthält: nichts zu aktualisieren.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/run/runupdate.cpp" line="207"/>
        <source>Updating from version %1 to %2 (%3), %n step(s)</source>
        <translation>
            <numerusform>Aktualisierung von Version %1 auf %2 (%3), %n Schritt</numerusform>
            <numerusform>Aktualisierung von Version %1 auf %2 (%3), %n Schritte</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/run/runupdate.cpp" line="254"/>
        <source>%1 step %2 of %3: %4</source>
        <translation>%1, Schritt %2 von %3: %4</translation>
    </message>
    <message>
        <location filename="../core/run/runupdate.cpp" line="255"/>
        <source>Roll back</source>
        <translation>Zurückrollen</translation>
    </message>
    <message>
        <location filename="../core/run/runupdate.cpp" line="255"/>
        <source>Update</source>
        <translation>Aktualisierung</translation>
    </message>
    <message>
        <location filename="../core/run/runupdate.cpp" line="298"/>
        <source>%1 is not a node of the version to run.</source>
        <translation>%1 ist kein Knoten der auszuführenden Version.</translation>
    </message>
    <message>
        <location filename="../core/run/runupdate.cpp" line="331"/>
        <source>%1 read %2 from the outputs of version %3</source>
        <translation>%1: %2 aus den Ausgaben von Version %3 gelesen</translation>
    </message>
    <message>
        <location filename="../core/run/runupdate.cpp" line="402"/>
        <source>Could not heal: %1</source>
        <translation>Heilen nicht möglich: %1</translation>
    </message>
    <message>
        <location filename="../core/run/runupdate.cpp" line="403"/>
        <source>Replaced by the health check</source>
        <translation>Von der Gesundheitsprüfung ersetzt</translation>
    </message>
    <message>
        <location filename="../core/run/runupdate.cpp" line="404"/>
        <source>Restarted by the health check</source>
        <translation>Von der Gesundheitsprüfung neu gestartet</translation>
    </message>
    <message>
        <location filename="../core/run/runupdate.cpp" line="408"/>
        <source>%1: the update to version %2 failed and was rolled back: %3</source>
        <translation>%1: die Aktualisierung auf Version %2 ist fehlgeschlagen und wurde zurückgerollt: %3</translation>
    </message>
    <message>
        <location filename="../core/run/runupdate.cpp" line="414"/>
        <source>Rolled back: every instance runs version %1 again</source>
        <translation>Zurückgerollt: jede Instanz führt wieder Version %1 aus</translation>
    </message>
    <message>
        <location filename="../core/run/runupdate.cpp" line="423"/>
        <source>%1: updated from version %2 to %3</source>
        <translation>%1: von Version %2 auf %3 aktualisiert</translation>
    </message>
    <message>
        <location filename="../core/run/runupdate.cpp" line="427"/>
        <source>Updated to version %1</source>
        <translation>Auf Version %1 aktualisiert</translation>
    </message>
    <message>
        <location filename="../core/run/runupdate.cpp" line="451"/>
        <source>The update failed: %1. Rolling back to version %2.</source>
        <translation>Die Aktualisierung ist fehlgeschlagen: %1. Zurückrollen auf Version %2.</translation>
    </message>
    <message>
        <location filename="../core/run/runupdate.cpp" line="516"/>
        <source>Carrying on the roll back to version %1</source>
        <translation>Fortsetzen des Zurückrollens auf Version %1</translation>
    </message>
    <message>
        <location filename="../core/run/runupdate.cpp" line="517"/>
        <source>Carrying on the update to version %1</source>
        <translation>Fortsetzen der Aktualisierung auf Version %1</translation>
    </message>
    <message>
        <location filename="../core/run/runupdate.cpp" line="541"/>
        <source>Started after it left the run: removed</source>
        <translation>Gestartet, nachdem sie den Lauf verlassen hatte: entfernt</translation>
    </message>
    <message>
        <location filename="../core/run/runhealth.cpp" line="69"/>
        <source>The image of %1 has no check recipe.</source>
        <translation>Das Image von %1 hat kein Prüfrezept.</translation>
    </message>
    <message>
        <location filename="../core/run/runhealth.cpp" line="71"/>
        <source>A check runs at least every second and fails at least once.</source>
        <translation>Das Prüfintervall beträgt mindestens eine Sekunde und die Fehlschlagschwelle mindestens 1.</translation>
    </message>
    <message>
        <location filename="../core/run/runhealth.cpp" line="81"/>
        <source>Health checks of %1: every %2 s, unhealthy after %3 failure(s), then %4</source>
        <translation>Gesundheitsprüfungen von %1: alle %2 s, ungesund nach %3 fehlgeschlagenen Prüfung(en), dann %4</translation>
    </message>
    <message>
        <location filename="../core/run/runhealth.cpp" line="203"/>
        <source>Healthy again</source>
        <translation>Wieder gesund</translation>
    </message>
    <message>
        <location filename="../core/run/runhealth.cpp" line="214"/>
        <source>Check failed (%1 of %2): %3</source>
        <translation>Prüfung fehlgeschlagen (%1 von %2): %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/run/runhealth.cpp" line="223"/>
        <source>Unhealthy: its check failed %n time(s) in a row</source>
        <translation>
            <numerusform>Ungesund: ihre Prüfung ist %n Mal in Folge fehlgeschlagen</numerusform>
            <numerusform>Ungesund: ihre Prüfung ist %n Mal in Folge fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/run/runhealth.cpp" line="237"/>
        <source>Cannot be replaced: its cloud does not add instances to a run</source>
        <translation>Kann nicht ersetzt werden: ihre Cloud fügt einem Lauf keine Instanzen hinzu</translation>
    </message>
    <message>
        <location filename="../core/run/runhealth.cpp" line="252"/>
        <source>Restarting: execute runs again</source>
        <translation>Neustart: execute läuft erneut</translation>
    </message>
    <message>
        <location filename="../core/run/runhealth.cpp" line="259"/>
        <source>Replacing: a new instance of %1 takes its place</source>
        <translation>Ersetzen: eine neue Instanz von %1 nimmt ihren Platz ein</translation>
    </message>
</context>
<context>
    <name>Slipway::RunHost</name>
    <message>
        <location filename="../core/run/runhost.cpp" line="119"/>
        <source>Cannot read the broker&apos;s CA %1: %2</source>
        <translation>Die CA des Brokers %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/run/runhost.cpp" line="183"/>
        <source>The setting broker/listen says &quot;%1&quot;: &quot;%2&quot; is not an IP address. Expected auto, all, or IP addresses separated by commas.</source>
        <translation>Die Einstellung broker/listen lautet „%1“: „%2“ ist keine IP-Adresse. Erwartet: auto, all oder durch Kommas getrennte IP-Adressen.</translation>
    </message>
    <message>
        <location filename="../core/run/runhost.cpp" line="190"/>
        <source>The setting broker/listen says &quot;%1&quot;, which names no address. Expected auto, all, or IP addresses separated by commas.</source>
        <translation>Die Einstellung broker/listen lautet „%1“, was keine Adresse nennt. Erwartet: auto, all oder durch Kommas getrennte IP-Adressen.</translation>
    </message>
    <message>
        <location filename="../core/run/runhost.cpp" line="250"/>
        <source>The relay&apos;s shared secret must have at least 16 characters.</source>
        <translation>Das geteilte Geheimnis des Relays muss mindestens 16 Zeichen haben.</translation>
    </message>
    <message>
        <location filename="../core/run/runhost.cpp" line="252"/>
        <source>Relay %1: %2</source>
        <translation>Relay %1: %2</translation>
    </message>
</context>
<context>
    <name>Slipway::RunListModel</name>
    <message>
        <location filename="../ui/runs/runlistmodel.cpp" line="20"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/runs/runlistmodel.cpp" line="22"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location filename="../ui/runs/runlistmodel.cpp" line="23"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../ui/runs/runlistmodel.cpp" line="204"/>
        <source>From the team catalog %1</source>
        <translation>Aus dem Teamkatalog %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/runlistmodel.cpp" line="216"/>
        <source>%1 (terminated)</source>
        <translation>%1 (beendet)</translation>
    </message>
    <message>
        <location filename="../ui/runs/runlistmodel.cpp" line="219"/>
        <source>%1 v%2</source>
        <translation>%1 v%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/runs/runlistmodel.cpp" line="235"/>
        <source>%n unhealthy</source>
        <translation>
            <numerusform>%n ungesund</numerusform>
            <numerusform>%n ungesund</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/runs/runlistmodel.cpp" line="250"/>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location filename="../ui/runs/runlistmodel.cpp" line="252"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/runs/runlistmodel.cpp" line="254"/>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <location filename="../ui/runs/runlistmodel.cpp" line="256"/>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <location filename="../ui/runs/runlistmodel.cpp" line="258"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../ui/runs/runlistmodel.cpp" line="260"/>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location filename="../ui/runs/runlistmodel.cpp" line="262"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../ui/runs/runlistmodel.cpp" line="264"/>
        <source>Health</source>
        <translation>Gesundheit</translation>
    </message>
</context>
<context>
    <name>Slipway::RunOutputPane</name>
    <message>
        <location filename="../ui/runs/runoutputpane.cpp" line="153"/>
        <source>&amp;Follow</source>
        <translation>&amp;Folgen</translation>
    </message>
    <message>
        <location filename="../ui/runs/runoutputpane.cpp" line="157"/>
        <source>Keep the newest output in sight; off, the view is paused and holds what arrives until you turn it on again</source>
        <translation>Die neueste Ausgabe im Blick behalten; aus, ist die Ansicht angehalten und hält zurück, was ankommt, bis Sie es wieder einschalten</translation>
    </message>
    <message>
        <location filename="../ui/runs/runoutputpane.cpp" line="164"/>
        <source>Find in the output (Enter: next, Shift+Enter: previous)</source>
        <translation>In der Ausgabe suchen (Eingabe: weiter, Umschalt+Eingabe: zurück)</translation>
    </message>
    <message>
        <location filename="../ui/runs/runoutputpane.cpp" line="168"/>
        <source>&amp;Keep lines:</source>
        <translation>&amp;Zeilen behalten:</translation>
    </message>
    <message>
        <location filename="../ui/runs/runoutputpane.cpp" line="174"/>
        <source>The most lines the view keeps; older lines make room for new ones. The broker keeps the last %1 KiB of each instance.</source>
        <translation>Die meisten Zeilen, die die Ansicht behält; ältere Zeilen machen neuen Platz. Der Broker behält die letzten %1 KiB jeder Instanz.</translation>
    </message>
    <message>
        <location filename="../ui/runs/runoutputpane.cpp" line="195"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/runs/runoutputpane.cpp" line="418"/>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/runs/runoutputpane.cpp" line="421"/>
        <source>Paused: %n new line(s) held</source>
        <translation>
            <numerusform>Angehalten: %n neue Zeile zurückgehalten</numerusform>
            <numerusform>Angehalten: %n neue Zeilen zurückgehalten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Slipway::RunParameterModel</name>
    <message>
        <location filename="../ui/runs/runparametermodel.cpp" line="115"/>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../ui/runs/runparametermodel.cpp" line="115"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>Slipway::RunRecorder</name>
    <message>
        <location filename="../ui/runs/runrecorder.cpp" line="28"/>
        <source>The run %1 did not end within the time allowed.</source>
        <translation>Der Lauf %1 ist nicht in der erlaubten Zeit zu Ende gegangen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/runs/runrecorder.cpp" line="31"/>
        <source>The run was not Ready within %n minute(s).</source>
        <translation>
            <numerusform>Der Lauf war nicht innerhalb von %n Minute Ready.</numerusform>
            <numerusform>Der Lauf war nicht innerhalb von %n Minuten Ready.</numerusform>
        </translation>
    </message>
    <message>
        <source>The runs cannot be hosted: %1</source>
        <translation type="vanished">Die Läufe können nicht betrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/runrecorder.cpp" line="43"/>
        <source>The launch failed: %1</source>
        <translation>Der Start ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/runrecorder.cpp" line="68"/>
        <source>The run %1 was Ready and is terminated; its pictures are in %2</source>
        <translation>Der Lauf %1 war Ready und ist beendet; seine Bilder liegen in %2</translation>
    </message>
    <message>
        <location filename="../ui/runs/runrecorder.cpp" line="89"/>
        <source>The run %1 could not be terminated.</source>
        <translation>Der Lauf %1 konnte nicht beendet werden.</translation>
    </message>
    <message>
        <location filename="../ui/runs/runrecorder.cpp" line="94"/>
        <source>The run %1 ended %2 without being Ready: %3</source>
        <translation>Der Lauf %1 endete %2, ohne Ready zu sein: %3</translation>
    </message>
    <message>
        <location filename="../ui/runs/runrecorder.cpp" line="113"/>
        <source>Could not write the picture %1.</source>
        <translation>Das Bild %1 konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>Slipway::RunView</name>
    <message>
        <location filename="../ui/runs/runview.cpp" line="96"/>
        <location filename="../ui/runs/runview.cpp" line="564"/>
        <source>&lt;b&gt;%1&lt;/b&gt; v%2 — run %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; v%2 — Lauf %3</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="vanished">aus %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/runview.cpp" line="105"/>
        <source>from the team catalog %1</source>
        <translation>aus dem Teamkatalog %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/runview.cpp" line="121"/>
        <source>Ta&amp;gs…</source>
        <translation>Ta&amp;gs…</translation>
    </message>
    <message>
        <location filename="../ui/runs/runview.cpp" line="123"/>
        <source>Change the run&apos;s tags</source>
        <translation>Die Tags des Laufs ändern</translation>
    </message>
    <message>
        <location filename="../ui/runs/runview.cpp" line="133"/>
        <source>The node to scale</source>
        <translation>Der zu skalierende Knoten</translation>
    </message>
    <message>
        <location filename="../ui/runs/runview.cpp" line="138"/>
        <source>Instances to add (positive) or remove (negative)</source>
        <translation>Hinzuzufügende (positiv) oder zu entfernende (negativ) Instanzen</translation>
    </message>
    <message>
        <location filename="../ui/runs/runview.cpp" line="139"/>
        <source>&amp;Scale</source>
        <translation>&amp;Skalieren</translation>
    </message>
    <message>
        <location filename="../ui/runs/runview.cpp" line="144"/>
        <source>&amp;Abort…</source>
        <translation>&amp;Abbrechen…</translation>
    </message>
    <message>
        <location filename="../ui/runs/runview.cpp" line="146"/>
        <source>&amp;Terminate</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/runs/runview.cpp" line="149"/>
        <source>Te&amp;rminal</source>
        <translation>Te&amp;rminal</translation>
    </message>
    <message>
        <location filename="../ui/runs/runview.cpp" line="153"/>
        <source>Open a terminal logged in to the selected instance (SSH, or a shell in its container)</source>
        <translation>Ein Terminal öffnen, das an der gewählten Instanz angemeldet ist (SSH oder eine Shell in ihrem Container)</translation>
    </message>
    <message>
        <location filename="../ui/runs/runview.cpp" line="156"/>
        <source>&amp;Update…</source>
        <translation>&amp;Aktualisieren…</translation>
    </message>
    <message>
        <location filename="../ui/runs/runview.cpp" line="158"/>
        <source>Move the run to another version of its module: see the plan, then apply it node by node</source>
        <translation>Den Lauf auf eine andere Version seines Moduls bringen: den Plan ansehen und ihn dann Knoten für Knoten anwenden</translation>
    </message>
    <message>
        <location filename="../ui/runs/runview.cpp" line="221"/>
        <source>&amp;Log</source>
        <translation>&amp;Protokoll</translation>
    </message>
    <message>
        <location filename="../ui/runs/runview.cpp" line="223"/>
        <source>&amp;Output</source>
        <translation>&amp;Ausgabe</translation>
    </message>
    <message>
        <location filename="../ui/runs/runview.cpp" line="233"/>
        <source>Sa&amp;ve As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location filename="../ui/runs/runview.cpp" line="236"/>
        <source>Save the selected report to a file, exactly as uploaded</source>
        <translation>Den ausgewählten Bericht genau so, wie er hochgeladen wurde, in eine Datei speichern</translation>
    </message>
    <message>
        <location filename="../ui/runs/runview.cpp" line="244"/>
        <source>&amp;Reports</source>
        <translation>&amp;Berichte</translation>
    </message>
    <message>
        <location filename="../ui/runs/runview.cpp" line="255"/>
        <source>%v of %m steps</source>
        <translation>%v von %m Schritten</translation>
    </message>
    <message>
        <location filename="../ui/runs/runview.cpp" line="273"/>
        <source>&amp;Parameters</source>
        <translation>&amp;Parameter</translation>
    </message>
    <message>
        <location filename="../ui/runs/runview.cpp" line="312"/>
        <source>Save Report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <location filename="../ui/runs/runview.cpp" line="430"/>
        <source>Version %1 of %2 cannot be read from its catalog (%3): the diagram is not shown and the run cannot be updated.</source>
        <translation>Version %1 von %2 kann nicht aus ihrem Katalog (%3) gelesen werden: das Diagramm wird nicht angezeigt, und der Lauf kann nicht aktualisiert werden.</translation>
    </message>
    <message>
        <location filename="../ui/runs/runview.cpp" line="435"/>
        <source>the local catalog</source>
        <translation>der lokale Katalog</translation>
    </message>
    <message>
        <location filename="../ui/runs/runview.cpp" line="445"/>
        <source>%1 comes from the team catalog %2, which is not open: &lt;a href=&quot;open&quot;&gt;open it&lt;/a&gt; (or File → Open Team Catalog…) to see the run&apos;s diagram and to update the run. The run itself goes on.</source>
        <translation>%1 stammt aus dem Teamkatalog %2, der nicht geöffnet ist: &lt;a href=&quot;open&quot;&gt;öffnen Sie ihn&lt;/a&gt; (oder Datei → Teamkatalog öffnen…), um das Diagramm des Laufs zu sehen und den Lauf zu aktualisieren. Der Lauf selbst geht weiter.</translation>
    </message>
    <message>
        <location filename="../ui/runs/runview.cpp" line="479"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/runs/runview.cpp" line="486"/>
        <source>Aborting: %1</source>
        <translation>Abbruch: %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/runview.cpp" line="496"/>
        <source>Terminating the run&apos;s instances…</source>
        <translation>Die Instanzen des Laufs werden beendet…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/runs/runview.cpp" line="507"/>
        <source>Adding %n instance(s) of %1…</source>
        <translation>
            <numerusform>%n Instanz von %1 wird hinzugefügt…</numerusform>
            <numerusform>%n Instanzen von %1 werden hinzugefügt…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/runs/runview.cpp" line="508"/>
        <source>Removing %n instance(s) of %1…</source>
        <translation>
            <numerusform>%n Instanz von %1 wird entfernt…</numerusform>
            <numerusform>%n Instanzen von %1 werden entfernt…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/runs/runview.cpp" line="527"/>
        <source>Updating to version %1…</source>
        <translation>Aktualisierung auf Version %1…</translation>
    </message>
    <message>
        <location filename="../ui/runs/runview.cpp" line="544"/>
        <source>Healing: step %v of %m</source>
        <translation>Heilen: Schritt %v von %m</translation>
    </message>
    <message>
        <location filename="../ui/runs/runview.cpp" line="546"/>
        <source>Rolling back to version %1: step %v of %m</source>
        <translation>Zurückrollen auf Version %1: Schritt %v von %m</translation>
    </message>
    <message>
        <location filename="../ui/runs/runview.cpp" line="547"/>
        <source>Updating to version %1: step %v of %m</source>
        <translation>Aktualisierung auf Version %1: Schritt %v von %m</translation>
    </message>
    <message>
        <location filename="../ui/runs/runview.cpp" line="591"/>
        <source>Abort Run %1</source>
        <translation>Lauf %1 abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/runs/runview.cpp" line="592"/>
        <source>Reason (the nodes see it):</source>
        <translation>Grund (die Knoten sehen ihn):</translation>
    </message>
    <message>
        <location filename="../ui/runs/runview.cpp" line="594"/>
        <source>Aborted from the run view</source>
        <translation>In der Laufansicht abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/runs/runview.cpp" line="603"/>
        <source>Terminate Run %1</source>
        <translation>Lauf %1 beenden</translation>
    </message>
    <message>
        <location filename="../ui/runs/runview.cpp" line="604"/>
        <source>Remove every instance of run %1? Their data is lost.</source>
        <translation>Alle Instanzen von Lauf %1 entfernen? Ihre Daten gehen verloren.</translation>
    </message>
    <message>
        <location filename="../ui/runs/runview.cpp" line="616"/>
        <source>%1, instances removed</source>
        <translation>%1, Instanzen entfernt</translation>
    </message>
    <message>
        <location filename="../ui/runs/runview.cpp" line="621"/>
        <source>Aborted: %1</source>
        <translation>Abgebrochen: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/runs/runview.cpp" line="630"/>
        <source>%1 now has %n instance(s).</source>
        <translation>
            <numerusform>%1 hat jetzt %n Instanz.</numerusform>
            <numerusform>%1 hat jetzt %n Instanzen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/runs/runview.cpp" line="654"/>
        <source>No tags</source>
        <translation>Keine Tags</translation>
    </message>
    <message>
        <location filename="../ui/runs/runview.cpp" line="654"/>
        <source>Tags: %1</source>
        <translation>Tags: %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/runview.cpp" line="695"/>
        <source>Service: %1</source>
        <translation>Dienst: %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/runview.cpp" line="741"/>
        <source>Log of the run (select an instance for its own)</source>
        <translation>Protokoll des Laufs (wählen Sie eine Instanz für ihr eigenes)</translation>
    </message>
    <message>
        <location filename="../ui/runs/runview.cpp" line="742"/>
        <source>Log of %1</source>
        <translation>Protokoll von %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/runs/runview.cpp" line="788"/>
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Bytes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/runs/runview.cpp" line="806"/>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <location filename="../ui/runs/runview.cpp" line="819"/>
        <location filename="../ui/runs/runview.cpp" line="845"/>
        <source>%1 is no longer kept.</source>
        <translation>%1 wird nicht mehr aufbewahrt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/runs/runview.cpp" line="826"/>
        <source>%1: %n byte(s) of binary data; save it to read it</source>
        <translation>
            <numerusform>%1: %n Byte Binärdaten; speichern Sie es, um es zu lesen</numerusform>
            <numerusform>%1: %n Bytes Binärdaten; speichern Sie es, um es zu lesen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/runs/runview.cpp" line="852"/>
        <source>Cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/runs/runview.cpp" line="856"/>
        <source>Saved %1 (%n byte(s)).</source>
        <translation>
            <numerusform>%1 gespeichert (%n Byte).</numerusform>
            <numerusform>%1 gespeichert (%n Bytes).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n byte(s) of binary data</source>
        <translation type="vanished">
            <numerusform>%1: %n Byte Binärdaten</numerusform>
            <numerusform>%1: %n Bytes Binärdaten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/runs/terminallauncher.cpp" line="65"/>
        <source>%1 is not an address Slipway can log in to.</source>
        <translation>%1 ist keine Adresse, an der sich Slipway anmelden kann.</translation>
    </message>
    <message>
        <location filename="../ui/runs/terminallauncher.cpp" line="72"/>
        <source>No terminal emulator found: set TERMINAL, or run %1 yourself.</source>
        <translation>Kein Terminalemulator gefunden: Setzen Sie TERMINAL oder führen Sie %1 selbst aus.</translation>
    </message>
    <message>
        <location filename="../ui/runs/terminallauncher.cpp" line="79"/>
        <source>%1 could not be started.</source>
        <translation>%1 konnte nicht gestartet werden.</translation>
    </message>
</context>
<context>
    <name>Slipway::RuntimeParameterStore</name>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="145"/>
        <source>The run database %1 failed: %2</source>
        <translation>Die Laufdatenbank %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="155"/>
        <source>Cannot open the run database %1: %2</source>
        <translation>Die Laufdatenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The run database %1 is locked: %2</source>
        <translation type="vanished">Die Laufdatenbank %1 ist gesperrt: %2</translation>
    </message>
    <message>
        <source>Cannot create the run tables in %1: %2</source>
        <translation type="vanished">Die Lauftabellen in %1 können nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="297"/>
        <source>&apos;%1&apos; is not a run id.</source>
        <translation>„%1“ ist keine Lauf-ID.</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="301"/>
        <source>The run &apos;%1&apos; exists already.</source>
        <translation>Der Lauf „%1“ existiert bereits.</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="307"/>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="481"/>
        <source>&apos;%1&apos; is not a node name.</source>
        <translation>„%1“ ist kein Knotenname.</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="311"/>
        <source>The node %1 has a bad multiplicity.</source>
        <translation>Der Knoten %1 hat eine falsche Anzahl.</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="318"/>
        <source>The node %1 appears twice.</source>
        <translation>Der Knoten %1 kommt zweimal vor.</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="331"/>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="496"/>
        <source>&apos;%1&apos; is not a parameter name.</source>
        <translation>„%1“ ist kein Parametername.</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="353"/>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="523"/>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="749"/>
        <source>The mapping source &apos;%1&apos; is not an instance parameter of this run.</source>
        <translation>Die Zuordnungsquelle „%1“ ist kein Instanzparameter dieses Laufs.</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="363"/>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="528"/>
        <source>The mapping target %1:%2 is not declared.</source>
        <translation>Das Zuordnungsziel %1:%2 ist nicht deklariert.</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="375"/>
        <source>The mapping target node %1 does not exist.</source>
        <translation>Der Zielknoten %1 der Zuordnung existiert nicht.</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="394"/>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="400"/>
        <source>Cannot store the run %1: %2</source>
        <translation>Der Lauf %1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="491"/>
        <source>The node %1 cannot get %2 more instances.</source>
        <translation>Der Knoten %1 kann nicht %2 weitere Instanzen bekommen.</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="561"/>
        <source>Cannot store the new instances of %1: %2</source>
        <translation>Die neuen Instanzen von %1 können nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="622"/>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="733"/>
        <source>The run has no instance %1.</source>
        <translation>Der Lauf hat keine Instanz %1.</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="631"/>
        <source>Cannot remove instances of the run %1: %2</source>
        <translation>Instanzen des Laufs %1 können nicht entfernt werden: %2</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="761"/>
        <source>Cannot change the mappings of %1: %2</source>
        <translation>Die Zuordnungen von %1 können nicht geändert werden: %2</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="854"/>
        <source>The run is aborted: %1</source>
        <translation>Der Lauf ist abgebrochen: %1</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="878"/>
        <source>A new token has 43 to 256 characters of A-Z, a-z, 0-9, - and _.</source>
        <translation>Ein neues Token hat 43 bis 256 Zeichen aus A-Z, a-z, 0-9, - und _.</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="739"/>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="903"/>
        <source>The run has no parameter %1.</source>
        <translation>Der Lauf hat keinen Parameter %1.</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="906"/>
        <source>%1 is not set yet.</source>
        <translation>%1 ist noch nicht gesetzt.</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="936"/>
        <source>The node %1 has no parameter %2.</source>
        <translation>Der Knoten %1 hat keinen Parameter %2.</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="968"/>
        <source>%1 may not set %2: a node sets only its own parameters. Set an output of %1&apos;s node and map it to that input in the deployment.</source>
        <translation>%1 darf %2 nicht setzen: ein Knoten setzt nur seine eigenen Parameter. Setzen Sie eine Ausgabe des Knotens von %1 und ordnen Sie sie im Deployment dieser Eingabe zu.</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="973"/>
        <source>%1 is set by Slipway, not by the node: read it with ss-get, or publish your own value under another name.</source>
        <translation>%1 wird von Slipway gesetzt, nicht vom Knoten: lesen Sie es mit ss-get oder veröffentlichen Sie Ihren eigenen Wert unter einem anderen Namen.</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="979"/>
        <source>The run has no parameter %1: check the key, or declare the parameter on the node.</source>
        <translation>Der Lauf hat keinen Parameter %1: prüfen Sie den Schlüssel oder deklarieren Sie den Parameter am Knoten.</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="1227"/>
        <source>The reports of %1 would take %2 MiB; an instance may keep at most %3 MiB of reports. Upload fewer or smaller files (an upload with an existing name replaces it).</source>
        <translation>Die Berichte von %1 würden %2 MiB belegen; eine Instanz darf höchstens %3 MiB an Berichten behalten. Laden Sie weniger oder kleinere Dateien hoch (ein Upload mit einem vorhandenen Namen ersetzt die Datei).</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="1235"/>
        <source>The reports of this run would take %1 MiB; a run may keep at most %2 MiB of reports.</source>
        <translation>Die Berichte dieses Laufs würden %1 MiB belegen; ein Lauf darf höchstens %2 MiB an Berichten behalten.</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="477"/>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="942"/>
        <source>The run has no node %1.</source>
        <translation>Der Lauf hat keinen Knoten %1.</translation>
    </message>
    <message>
        <source>%1 may not set %2: a node sets only its own parameters.</source>
        <translation type="vanished">%1 darf %2 nicht setzen: ein Knoten setzt nur seine eigenen Parameter.</translation>
    </message>
    <message>
        <source>%1 is set by Slipway, not by the node.</source>
        <translation type="vanished">%1 wird von Slipway gesetzt, nicht vom Knoten.</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="990"/>
        <source>The value of %1 has %2 characters; at most %3 are allowed.</source>
        <translation>Der Wert von %1 hat %2 Zeichen; höchstens %3 sind erlaubt.</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="869"/>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="1076"/>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="1112"/>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="1207"/>
        <source>%1 is not in this run.</source>
        <translation>%1 gehört nicht zu diesem Lauf.</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="1078"/>
        <source>Aborted by Slipway.</source>
        <translation>Von Slipway abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="1079"/>
        <source>Aborted by %1.</source>
        <translation>Von %1 abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="1083"/>
        <source>The abort reason is longer than %1 characters.</source>
        <translation>Der Abbruchgrund ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="1116"/>
        <source>the user</source>
        <translation>dem Benutzer</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="1117"/>
        <source>the run&apos;s timeout</source>
        <translation>dem Zeitlimit des Laufs</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="1118"/>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="1230"/>
        <source>Slipway</source>
        <translation>Slipway</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="1120"/>
        <source>The abort was raised by %1: a node may cancel only an abort that a node raised.</source>
        <translation>Der Abbruch wurde von %1 ausgelöst: ein Knoten darf nur einen Abbruch zurücknehmen, den ein Knoten ausgelöst hat.</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="1210"/>
        <source>&apos;%1&apos; is not a report file name.</source>
        <translation>„%1“ ist kein Name einer Berichtsdatei.</translation>
    </message>
</context>
<context>
    <name>Slipway::SaveDialog</name>
    <message>
        <location filename="../ui/savedialog.cpp" line="18"/>
        <source>Save %1</source>
        <translation>%1 speichern</translation>
    </message>
    <message>
        <location filename="../ui/savedialog.cpp" line="20"/>
        <source>What changed, and why</source>
        <translation>Was sich geändert hat, und warum</translation>
    </message>
    <message>
        <location filename="../ui/savedialog.cpp" line="21"/>
        <source>Saving creates version %1 of %2. &amp;Comment:</source>
        <translation>Speichern legt Version %1 von %2 an. &amp;Kommentar:</translation>
    </message>
</context>
<context>
    <name>Slipway::SettingsDialog</name>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="59"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Local containers (Podman or Docker)</source>
        <translation type="vanished">Lokale Container (Podman oder Docker)</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="84"/>
        <source>Clouds:</source>
        <translation>Clouds:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="91"/>
        <source>&amp;Default cloud:</source>
        <translation>&amp;Standard-Cloud:</translation>
    </message>
    <message>
        <source>Nodes that name no cloud run in the default cloud.</source>
        <translation type="vanished">Knoten ohne eigene Cloud laufen in der Standard-Cloud.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="43"/>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="44"/>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="45"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="46"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="47"/>
        <source>Re&amp;lay…</source>
        <translation>Re&amp;lay…</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="82"/>
        <source>Set up slipway-relay, through which the nodes of EC2 and OpenStack reach this machine</source>
        <translation>slipway-relay einrichten, über das die Knoten von EC2 und OpenStack diese Maschine erreichen</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="92"/>
        <source>Nodes that name no cloud run in the default cloud. Credentials are kept in the system keychain, never in this list.</source>
        <translation>Knoten ohne eigene Cloud laufen in der Standard-Cloud. Zugangsdaten liegen im Schlüsselbund des Systems, nie in dieser Liste.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="98"/>
        <source>Clouds</source>
        <translation>Clouds</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="110"/>
        <source>Remove %1</source>
        <translation>Entfernen: %1</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="111"/>
        <source>Remove the cloud %1 and its credentials from the keychain? Runs on it keep their records.</source>
        <translation>Die Cloud %1 und ihre Zugangsdaten aus dem Schlüsselbund entfernen? Läufe darauf behalten ihre Aufzeichnungen.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="120"/>
        <source>The relay is set up: %1</source>
        <translation>Das Relay ist eingerichtet: %1</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="131"/>
        <source>Editor &amp;font:</source>
        <translation>Editor-&amp;Schrift:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="134"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="136"/>
        <source>Font &amp;size:</source>
        <translation>Schrift&amp;größe:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="138"/>
        <source>Follow the system</source>
        <translation>Dem System folgen</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="139"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="140"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="142"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="143"/>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="150"/>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="152"/>
        <source>&amp;Keep the finished runs:</source>
        <translation>Beendete Läufe &amp;behalten:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="155"/>
        <source>no limit</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="156"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="158"/>
        <source>For at &amp;most:</source>
        <translation>Höchstens &amp;für:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="159"/>
        <source>The parameters and reports of the newest finished runs are kept, each for at most this long after it finished; older ones are removed when the runs are next hosted. Their records (state, events, instances) stay.</source>
        <translation>Die Parameter und Berichte der neuesten beendeten Läufe werden behalten, jeder höchstens so lange nach seinem Ende; ältere werden entfernt, wenn die Läufe das nächste Mal gehostet werden. Ihre Aufzeichnungen (Zustand, Ereignisse, Instanzen) bleiben.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="172"/>
        <source>auto, all, or IP addresses separated by commas</source>
        <translation>auto, all oder durch Kommas getrennte IP-Adressen</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="173"/>
        <source>&amp;Broker listens on:</source>
        <translation>&amp;Broker lauscht auf:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="174"/>
        <source>auto: loopback and the interfaces the nodes come through (container networks, tunnels), not those other machines reach. all: every interface. Or IP addresses, separated by commas. Used when the runs are next hosted.</source>
        <translation>auto: Loopback und die Schnittstellen, über die die Knoten kommen (Container-Netzwerke, Tunnel), nicht die, die andere Maschinen erreichen. all: jede Schnittstelle. Oder IP-Adressen, durch Kommas getrennt. Wird verwendet, wenn die Läufe das nächste Mal gehostet werden.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="185"/>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="209"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="225"/>
        <source>A cloud needs a name and a known kind.</source>
        <translation>Eine Cloud braucht einen Namen und eine bekannte Art.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="240"/>
        <source>%1 added.</source>
        <translation>%1 hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="267"/>
        <source>%1 removed.</source>
        <translation>%1 entfernt.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="272"/>
        <source>%1 removed, but its secret is still in the keychain: %2</source>
        <translation>%1 entfernt, aber sein Geheimnis liegt noch im Schlüsselbund: %2</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="283"/>
        <source>Add a cloud</source>
        <translation>Cloud hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="283"/>
        <source>Edit the cloud %1</source>
        <translation>Die Cloud %1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="298"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="299"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="328"/>
        <source>Unchanged (in the keychain)</source>
        <translation>Unverändert (im Schlüsselbund)</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="329"/>
        <source>; kept in the system keychain</source>
        <translation>; im Schlüsselbund des Systems verwahrt</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="352"/>
        <source>%1 updated.</source>
        <translation>%1 aktualisiert.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="359"/>
        <source>%1 added; its secret is in the keychain.</source>
        <translation>%1 hinzugefügt; sein Geheimnis liegt im Schlüsselbund.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="360"/>
        <source>%1 added, but its secret could not be stored: %2</source>
        <translation>%1 hinzugefügt, aber sein Geheimnis konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="380"/>
        <source>Testing %1…</source>
        <translation>%1 wird getestet…</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="394"/>
        <source>Unknown host keys</source>
        <translation>Unbekannte Host-Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="395"/>
        <source>These hosts of %1 are not known yet:

%2

Trust these keys and add them to known_hosts?</source>
        <translation>Diese Hosts von %1 sind noch nicht bekannt:

%2

Diesen Schlüsseln vertrauen und sie zu known_hosts hinzufügen?</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="405"/>
        <source>%1 cannot be used: %2</source>
        <translation>%1 ist nicht nutzbar: %2</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="407"/>
        <source>%1 works: %2</source>
        <translation>%1 funktioniert: %2</translation>
    </message>
</context>
<context>
    <name>Slipway::SqliteBackend</name>
    <message>
        <location filename="../core/storage/sqlitebackend.cpp" line="113"/>
        <source>the file is an SQLite database of another program</source>
        <translation>die Datei ist eine SQLite-Datenbank eines anderen Programms</translation>
    </message>
    <message>
        <location filename="../core/storage/sqlitebackend.cpp" line="115"/>
        <source>it was made by a newer Slipway (schema %1; this one knows up to %2)</source>
        <translation>sie wurde von einem neueren Slipway angelegt (Schema %1; dieses kennt bis %2)</translation>
    </message>
    <message>
        <location filename="../core/storage/sqlitebackend.cpp" line="139"/>
        <source>upgrading the schema failed: %1</source>
        <translation>die Aktualisierung des Schemas ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../core/storage/sqlitebackend.cpp" line="148"/>
        <source>upgrading the schema from version %1 (%2) failed: %3</source>
        <translation>die Aktualisierung des Schemas von Version %1 (%2) ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location filename="../core/storage/sqlitebackend.cpp" line="157"/>
        <source>upgrading the schema left a row of %1 pointing at nothing</source>
        <translation>die Aktualisierung des Schemas hat eine Zeile von %1 hinterlassen, die auf nichts verweist</translation>
    </message>
</context>
<context>
    <name>Slipway::TableEditor</name>
    <message>
        <location filename="../ui/tableeditor.cpp" line="36"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/tableeditor.cpp" line="37"/>
        <source>Add a row</source>
        <translation>Eine Zeile hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/tableeditor.cpp" line="41"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/tableeditor.cpp" line="42"/>
        <source>Remove the selected rows</source>
        <translation>Die ausgewählten Zeilen entfernen</translation>
    </message>
</context>
<context>
    <name>Slipway::TeamCatalogDialog</name>
    <message>
        <location filename="../ui/teamcatalogdialog.cpp" line="47"/>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <location filename="../ui/teamcatalogdialog.cpp" line="48"/>
        <source>C&amp;lient certificate</source>
        <translation>C&amp;lient-Zertifikat</translation>
    </message>
    <message>
        <location filename="../ui/teamcatalogdialog.cpp" line="54"/>
        <source>Open Team Catalog</source>
        <translation>Teamkatalog öffnen</translation>
    </message>
    <message>
        <location filename="../ui/teamcatalogdialog.cpp" line="66"/>
        <location filename="../ui/teamcatalogdialog.cpp" line="68"/>
        <source>Certificates (*.crt *.pem);;All files (*)</source>
        <translation>Zertifikate (*.crt *.pem);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/teamcatalogdialog.cpp" line="69"/>
        <source>Keys (*.key *.pem);;All files (*)</source>
        <translation>Schlüssel (*.key *.pem);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/teamcatalogdialog.cpp" line="71"/>
        <source>what you call this catalog, e.g. team</source>
        <translation>wie Sie diesen Katalog nennen, z. B. team</translation>
    </message>
    <message>
        <location filename="../ui/teamcatalogdialog.cpp" line="72"/>
        <source>db.example.org, or the folder of a Unix socket</source>
        <translation>db.example.org oder der Ordner eines Unix-Sockets</translation>
    </message>
    <message>
        <location filename="../ui/teamcatalogdialog.cpp" line="75"/>
        <source>slipway</source>
        <translation>slipway</translation>
    </message>
    <message>
        <location filename="../ui/teamcatalogdialog.cpp" line="76"/>
        <source>your PostgreSQL role</source>
        <translation>Ihre PostgreSQL-Rolle</translation>
    </message>
    <message>
        <location filename="../ui/teamcatalogdialog.cpp" line="77"/>
        <source>the CA that signed the server&apos;s certificate</source>
        <translation>die CA, die das Zertifikat des Servers signiert hat</translation>
    </message>
    <message>
        <location filename="../ui/teamcatalogdialog.cpp" line="84"/>
        <source>Remembered connections</source>
        <translation>Gemerkte Verbindungen</translation>
    </message>
    <message>
        <location filename="../ui/teamcatalogdialog.cpp" line="87"/>
        <source>&amp;Forget</source>
        <translation>&amp;Vergessen</translation>
    </message>
    <message>
        <location filename="../ui/teamcatalogdialog.cpp" line="89"/>
        <source>Forget the chosen connection and take its password out of the keychain</source>
        <translation>Die gewählte Verbindung vergessen und ihr Passwort aus dem Schlüsselbund entfernen</translation>
    </message>
    <message>
        <location filename="../ui/teamcatalogdialog.cpp" line="95"/>
        <source>(none yet)</source>
        <translation>(noch keine)</translation>
    </message>
    <message>
        <location filename="../ui/teamcatalogdialog.cpp" line="99"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/teamcatalogdialog.cpp" line="100"/>
        <source>&amp;Host or socket folder:</source>
        <translation>&amp;Host oder Socket-Ordner:</translation>
    </message>
    <message>
        <location filename="../ui/teamcatalogdialog.cpp" line="101"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <location filename="../ui/teamcatalogdialog.cpp" line="102"/>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <location filename="../ui/teamcatalogdialog.cpp" line="103"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location filename="../ui/teamcatalogdialog.cpp" line="104"/>
        <source>&amp;CA file:</source>
        <translation>&amp;CA-Datei:</translation>
    </message>
    <message>
        <location filename="../ui/teamcatalogdialog.cpp" line="109"/>
        <source>Sign in with:</source>
        <translation>Anmelden mit:</translation>
    </message>
    <message>
        <location filename="../ui/teamcatalogdialog.cpp" line="110"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <location filename="../ui/teamcatalogdialog.cpp" line="111"/>
        <source>Certificate file:</source>
        <translation>Zertifikatsdatei:</translation>
    </message>
    <message>
        <location filename="../ui/teamcatalogdialog.cpp" line="112"/>
        <source>&amp;Key file:</source>
        <translation>&amp;Schlüsseldatei:</translation>
    </message>
    <message>
        <location filename="../ui/teamcatalogdialog.cpp" line="114"/>
        <source>Over the network the server is reached with TLS only, and its certificate must be signed by the CA and name the host. The password is kept in the system keychain, never in the settings.</source>
        <translation>Über das Netzwerk wird der Server nur mit TLS erreicht, und sein Zertifikat muss von der CA signiert sein und den Host nennen. Das Passwort wird im Schlüsselbund des Systems abgelegt, nie in den Einstellungen.</translation>
    </message>
    <message>
        <location filename="../ui/teamcatalogdialog.cpp" line="124"/>
        <source>&amp;Open</source>
        <translation>&amp;Öffnen</translation>
    </message>
    <message>
        <location filename="../ui/teamcatalogdialog.cpp" line="168"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location filename="../ui/teamcatalogdialog.cpp" line="169"/>
        <source>Choose a file</source>
        <translation>Eine Datei wählen</translation>
    </message>
    <message>
        <location filename="../ui/teamcatalogdialog.cpp" line="174"/>
        <source>Choose a File</source>
        <translation>Datei wählen</translation>
    </message>
    <message>
        <location filename="../ui/teamcatalogdialog.cpp" line="220"/>
        <source>The remembered connection %1 cannot be read: %2</source>
        <translation>Die gemerkte Verbindung %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/teamcatalogdialog.cpp" line="236"/>
        <source>kept in the keychain; type to replace it</source>
        <translation>im Schlüsselbund abgelegt; tippen Sie, um es zu ersetzen</translation>
    </message>
    <message>
        <location filename="../ui/teamcatalogdialog.cpp" line="250"/>
        <source>%1 is forgotten, but its password could not be taken out of the keychain: %2</source>
        <translation>%1 ist vergessen, aber ihr Passwort konnte nicht aus dem Schlüsselbund entfernt werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/teamcatalogdialog.cpp" line="274"/>
        <source>A name of letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>Ein Name aus Buchstaben, Ziffern, &apos;.&apos;, &apos;-&apos; und &apos;_&apos;.</translation>
    </message>
    <message>
        <location filename="../ui/teamcatalogdialog.cpp" line="276"/>
        <source>A client certificate needs its certificate file and its key file.</source>
        <translation>Ein Client-Zertifikat braucht seine Zertifikatsdatei und seine Schlüsseldatei.</translation>
    </message>
</context>
<context>
    <name>Slipway::UpdateDialog</name>
    <message>
        <location filename="../ui/runs/updatedialog.cpp" line="39"/>
        <source>Update Run %1</source>
        <translation>Lauf %1 aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/runs/updatedialog.cpp" line="48"/>
        <source>%1, version %2 (state %3)</source>
        <translation>%1, Version %2 (Zustand %3)</translation>
    </message>
    <message>
        <location filename="../ui/runs/updatedialog.cpp" line="52"/>
        <source>Runs:</source>
        <translation>Führt aus:</translation>
    </message>
    <message>
        <location filename="../ui/runs/updatedialog.cpp" line="55"/>
        <source>The version of the module the run moves to</source>
        <translation>Die Version des Moduls, auf die der Lauf wechselt</translation>
    </message>
    <message>
        <location filename="../ui/runs/updatedialog.cpp" line="63"/>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/updatedialog.cpp" line="64"/>
        <source>version %1 — %2</source>
        <translation>Version %1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/runs/updatedialog.cpp" line="70"/>
        <source>&amp;Update to:</source>
        <translation>&amp;Aktualisieren auf:</translation>
    </message>
    <message>
        <location filename="../ui/runs/updatedialog.cpp" line="77"/>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <location filename="../ui/runs/updatedialog.cpp" line="77"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../ui/runs/updatedialog.cpp" line="77"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../ui/runs/updatedialog.cpp" line="77"/>
        <source>Instances</source>
        <translation>Instanzen</translation>
    </message>
    <message>
        <location filename="../ui/runs/updatedialog.cpp" line="94"/>
        <source>&amp;Batch size:</source>
        <translation>&amp;Stapelgröße:</translation>
    </message>
    <message>
        <location filename="../ui/runs/updatedialog.cpp" line="99"/>
        <source>How many instances of a node are replaced or run execute again at once; the new ones join before the old ones go</source>
        <translation>Wie viele Instanzen eines Knotens gleichzeitig ersetzt werden oder execute erneut ausführen; die neuen kommen hinzu, bevor die alten gehen</translation>
    </message>
    <message>
        <location filename="../ui/runs/updatedialog.cpp" line="106"/>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <location filename="../ui/runs/updatedialog.cpp" line="108"/>
        <source>Update the run node by node, in this order; on the first failure it rolls back</source>
        <translation>Den Lauf Knoten für Knoten in dieser Reihenfolge aktualisieren; beim ersten Fehler wird er zurückgerollt</translation>
    </message>
    <message>
        <location filename="../ui/runs/updatedialog.cpp" line="151"/>
        <source>There is no run %1.</source>
        <translation>Es gibt keinen Lauf %1.</translation>
    </message>
    <message>
        <location filename="../ui/runs/updatedialog.cpp" line="153"/>
        <source>%1 has no other version than the run&apos;s (%2): there is nothing to update to.</source>
        <translation>%1 hat keine andere Version als die des Laufs (%2): Es gibt nichts, worauf aktualisiert werden kann.</translation>
    </message>
    <message>
        <location filename="../ui/runs/updatedialog.cpp" line="171"/>
        <source>The run is %1: only a Ready run can be updated.</source>
        <translation>Der Lauf ist %1: Nur ein Lauf im Zustand Ready kann aktualisiert werden.</translation>
    </message>
    <message>
        <location filename="../ui/runs/updatedialog.cpp" line="178"/>
        <source>Cannot be applied in place: %1</source>
        <translation>Kann nicht an Ort und Stelle angewendet werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/updatedialog.cpp" line="181"/>
        <source>The run already runs what version %1 has: nothing to change.</source>
        <translation>Der Lauf führt bereits aus, was Version %1 enthält: nichts zu ändern.</translation>
    </message>
    <message>
        <location filename="../ui/runs/updatedialog.cpp" line="185"/>
        <source>Nothing changes until you apply. The nodes are updated in the order shown, producers before the nodes that read them.</source>
        <translation>Nichts ändert sich, bis Sie anwenden. Die Knoten werden in der angezeigten Reihenfolge aktualisiert, Erzeuger vor den Knoten, die sie lesen.</translation>
    </message>
    <message>
        <location filename="../ui/runs/updatedialog.cpp" line="205"/>
        <location filename="../ui/runs/updatedialog.cpp" line="211"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../ui/runs/updatedialog.cpp" line="222"/>
        <source>input %1</source>
        <translation>Eingabe %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/updatedialog.cpp" line="224"/>
        <source>output %1</source>
        <translation>Ausgabe %1</translation>
    </message>
</context>
<context>
    <name>Slipway::UpdatePlan</name>
    <message>
        <location filename="../core/run/updateplan.cpp" line="254"/>
        <source>Update of run %1: %2 v%3 → v%4
</source>
        <translation>Aktualisierung von Lauf %1: %2 v%3 → v%4
</translation>
    </message>
    <message>
        <location filename="../core/run/updateplan.cpp" line="268"/>
        <source>instances: %1</source>
        <translation>Instanzen: %1</translation>
    </message>
    <message>
        <location filename="../core/run/updateplan.cpp" line="272"/>
        <source>input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <location filename="../core/run/updateplan.cpp" line="274"/>
        <source>output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location filename="../core/run/updateplan.cpp" line="277"/>
        <source>Nothing to change.
</source>
        <translation>Nichts zu ändern.
</translation>
    </message>
    <message>
        <location filename="../core/run/updateplan.cpp" line="279"/>
        <source>Cannot be applied in place: %1
</source>
        <translation>Kann nicht an Ort und Stelle angewendet werden: %1
</translation>
    </message>
</context>
<context>
    <name>Slipway::WelcomePage</name>
    <message>
        <location filename="../ui/welcomepage.cpp" line="76"/>
        <source>Welcome to Slipway</source>
        <translation>Willkommen bei Slipway</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="82"/>
        <source>Design machine images and multi-node deployments, keep them in the catalog on the left, and launch them on your clouds.</source>
        <translation>Entwerfen Sie Maschinen-Images und Deployments mit mehreren Knoten, verwahren Sie sie im Katalog links und starten Sie sie in Ihren Clouds.</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="98"/>
        <source>Start</source>
        <translation>Beginnen</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="99"/>
        <source>New deployment…</source>
        <translation>Neues Deployment…</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="100"/>
        <source>Create a deployment in the catalog and open its diagram.</source>
        <translation>Ein Deployment im Katalog anlegen und sein Diagramm öffnen.</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="106"/>
        <source>Import SlipStream modules or a bundle…</source>
        <translation>SlipStream-Module oder ein Bundle importieren…</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="107"/>
        <source>SlipStream module XML files or Slipway bundles (*.slipway.yaml), shown before anything is imported.</source>
        <translation>XML-Dateien von SlipStream-Modulen oder Slipway-Bundles (*.slipway.yaml), vor dem Import angezeigt.</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="115"/>
        <source>Launch an example</source>
        <translation>Ein Beispiel starten</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="116"/>
        <source>On local containers, with the example&apos;s defaults.</source>
        <translation>In lokalen Containern, mit den Vorgaben des Beispiels.</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="125"/>
        <source>Recent</source>
        <translation>Zuletzt</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="133"/>
        <source>Clouds</source>
        <translation>Clouds</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="171"/>
        <source>Making the base image %1…</source>
        <translation>Basis-Image %1 wird erstellt…</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="172"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="248"/>
        <source>Launch %1</source>
        <translation>%1 starten</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="260"/>
        <source>The catalog has no example deployment.</source>
        <translation>Der Katalog hat kein Beispiel-Deployment.</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="269"/>
        <source>Modules</source>
        <translation>Module</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="274"/>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="283"/>
        <source>None yet: open one from the catalog.</source>
        <translation>Noch keines: Öffnen Sie eines aus dem Katalog.</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="286"/>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="297"/>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="300"/>
        <source>Run %1 of %2 version %3</source>
        <translation>Lauf %1 von %2 Version %3</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="316"/>
        <source>None yet: launch an example.</source>
        <translation>Noch keiner: Starten Sie ein Beispiel.</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="369"/>
        <source>Slipway has no connector of the kind %1.</source>
        <translation>Slipway hat keinen Connector der Art %1.</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="392"/>
        <source>Make the base image…</source>
        <translation>Basis-Image erstellen…</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="177"/>
        <location filename="../ui/welcomepage.cpp" line="201"/>
        <source>The Base Image of Local Containers</source>
        <translation>Das Basis-Image lokaler Container</translation>
    </message>
    <message>
        <source>&lt;p&gt;Every local container starts from the image &lt;b&gt;%1&lt;/b&gt;. Make it once from a Slipway checkout:&lt;/p&gt;&lt;p&gt;&lt;tt&gt;bash packaging/buildroot/buildroot.sh run packaging/buildroot/base-image.sh&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;or import any Debian 13 root file system under that name with &lt;tt&gt;%2 import&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation type="vanished">&lt;p&gt;Jeder lokale Container beginnt mit dem Image &lt;b&gt;%1&lt;/b&gt;. Erstellen Sie es einmal aus einem Slipway-Checkout:&lt;/p&gt;&lt;p&gt;&lt;tt&gt;bash packaging/buildroot/buildroot.sh run packaging/buildroot/base-image.sh&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;oder importieren Sie ein beliebiges Debian-13-Wurzeldateisystem unter diesem Namen mit &lt;tt&gt;%2 import&lt;/tt&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="403"/>
        <source>The base image %1 is not in %2 yet: local launches need it.</source>
        <translation>Das Basis-Image %1 ist noch nicht in %2: Lokale Starts brauchen es.</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="408"/>
        <source>%1 cannot be started: install Podman (or Docker) for local containers.</source>
        <translation>%1 kann nicht gestartet werden: Installieren Sie Podman (oder Docker) für lokale Container.</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="429"/>
        <source>No credentials in the keychain.</source>
        <translation>Keine Zugangsdaten im Schlüsselbund.</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="431"/>
        <source>Set credentials…</source>
        <translation>Zugangsdaten festlegen…</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="439"/>
        <source>Set up the relay…</source>
        <translation>Relay einrichten…</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="449"/>
        <source>Its nodes reach Slipway through the relay, which is not set up.</source>
        <translation>Seine Knoten erreichen Slipway über das Relay, das nicht eingerichtet ist.</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="460"/>
        <source>The relay&apos;s shared secret is not in the keychain.</source>
        <translation>Das geteilte Geheimnis des Relays ist nicht im Schlüsselbund.</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="494"/>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="497"/>
        <source>Ready to launch on.</source>
        <translation>Bereit für Starts.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/slipway/main.cpp" line="53"/>
        <source>Design, version and launch machine images and multi-node deployments.</source>
        <translation>Maschinen-Images und Mehrknoten-Deployments entwerfen, versionieren und starten.</translation>
    </message>
    <message>
        <location filename="../app/slipway/main.cpp" line="27"/>
        <source>Save a picture of the main window to &lt;file&gt; once it is shown, then quit.</source>
        <translation>Speichert ein Bild des Hauptfensters in &lt;file&gt;, sobald es angezeigt wird, und beendet sich.</translation>
    </message>
    <message>
        <location filename="../app/slipway/main.cpp" line="30"/>
        <location filename="../app/slipway/main.cpp" line="35"/>
        <source>file</source>
        <translation>datei</translation>
    </message>
    <message>
        <location filename="../app/slipway/main.cpp" line="33"/>
        <source>Open the catalog in &lt;file&gt; instead of the default one.</source>
        <translation>Den Katalog in &lt;file&gt; statt des Standardkatalogs öffnen.</translation>
    </message>
    <message>
        <location filename="../app/slipway/main.cpp" line="38"/>
        <source>Launch the latest version of &lt;module&gt; with its defaults and show its run.</source>
        <translation>Die neueste Version von &lt;module&gt; mit ihren Vorgaben starten und ihren Lauf zeigen.</translation>
    </message>
    <message>
        <location filename="../app/slipway/main.cpp" line="41"/>
        <source>module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <location filename="../app/slipway/main.cpp" line="44"/>
        <source>With --launch: save pictures of the run view to &lt;folder&gt; as the run comes up and once it is Ready, then terminate the run and quit.</source>
        <translation>Mit --launch: Bilder der Laufansicht in &lt;folder&gt; speichern, während der Lauf hochfährt und sobald er Ready ist, dann den Lauf beenden und das Programm verlassen.</translation>
    </message>
    <message>
        <location filename="../app/slipway/main.cpp" line="48"/>
        <source>folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location filename="../app/slipway/main.cpp" line="64"/>
        <source>Bundles or SlipStream module XML files to import.</source>
        <translation>Zu importierende Bundles oder SlipStream-Modul-XML-Dateien.</translation>
    </message>
    <message>
        <location filename="../app/slipway/main.cpp" line="65"/>
        <source>[file...]</source>
        <translation>[datei...]</translation>
    </message>
    <message>
        <location filename="../app/slipway/main.cpp" line="142"/>
        <source>Slipway</source>
        <translation>Slipway</translation>
    </message>
    <message>
        <location filename="../app/slipway/main.cpp" line="143"/>
        <source>The catalog %1 cannot be opened: %2</source>
        <translation>Der Katalog %1 kann nicht geöffnet werden: %2</translation>
    </message>
</context>
</TS>
