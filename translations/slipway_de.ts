<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
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
        <location filename="../core/catalog/catalog.cpp" line="211"/>
        <source>version %1 cannot be read: %2</source>
        <translation>Version %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/broker/brokercertificates.cpp" line="159"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="38"/>
        <source>There is no active run &apos;%1&apos;.</source>
        <translation>Es gibt keinen aktiven Lauf „%1“.</translation>
    </message>
</context>
<context>
    <name>Slipway::AuthorizationEditor</name>
    <message>
        <location filename="../ui/authorizationeditor.cpp" line="38"/>
        <source>Public: everybody may see this module</source>
        <translation>Öffentlich: jeder darf dieses Modul sehen</translation>
    </message>
    <message>
        <location filename="../ui/authorizationeditor.cpp" line="43"/>
        <source>user names, separated by commas</source>
        <translation>Benutzernamen, durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../ui/authorizationeditor.cpp" line="46"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Eigentümer:</translation>
    </message>
    <message>
        <location filename="../ui/authorizationeditor.cpp" line="47"/>
        <source>&amp;Group members:</source>
        <translation>&amp;Gruppenmitglieder:</translation>
    </message>
    <message>
        <location filename="../ui/authorizationeditor.cpp" line="50"/>
        <source>Rights</source>
        <translation>Rechte</translation>
    </message>
    <message>
        <location filename="../ui/authorizationeditor.cpp" line="52"/>
        <source>Get</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <location filename="../ui/authorizationeditor.cpp" line="53"/>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/authorizationeditor.cpp" line="54"/>
        <source>Run</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location filename="../ui/authorizationeditor.cpp" line="55"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../ui/authorizationeditor.cpp" line="56"/>
        <source>Create children</source>
        <translation>Kinder anlegen</translation>
    </message>
    <message>
        <location filename="../ui/authorizationeditor.cpp" line="57"/>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <location filename="../ui/authorizationeditor.cpp" line="57"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../ui/authorizationeditor.cpp" line="57"/>
        <source>Public</source>
        <translation>Öffentlich</translation>
    </message>
    <message>
        <location filename="../ui/authorizationeditor.cpp" line="68"/>
        <source>%1 may %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Slipway::Broker</name>
    <message>
        <location filename="../core/broker/broker.cpp" line="124"/>
        <source>The broker is stopping; ask again.</source>
        <translation>Der Broker wird beendet; fragen Sie erneut.</translation>
    </message>
    <message>
        <location filename="../core/broker/broker.cpp" line="132"/>
        <source>Plain HTTP is only allowed on the loopback interface, not on %1.</source>
        <translation>Unverschlüsseltes HTTP ist nur auf der Loopback-Schnittstelle erlaubt, nicht auf %1.</translation>
    </message>
    <message>
        <location filename="../core/broker/broker.cpp" line="147"/>
        <source>Cannot read %1.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../core/broker/broker.cpp" line="153"/>
        <source>The broker&apos;s certificate in %1 is unreadable.</source>
        <translation>Das Zertifikat des Brokers in %1 ist unlesbar.</translation>
    </message>
    <message>
        <location filename="../core/broker/broker.cpp" line="174"/>
        <source>The broker cannot listen on %1 port %2: %3</source>
        <translation>Der Broker kann nicht auf %1 Port %2 lauschen: %3</translation>
    </message>
    <message>
        <source>The broker cannot serve on port %1.</source>
        <translation type="vanished">Der Broker kann auf Port %1 nicht dienen.</translation>
    </message>
    <message>
        <location filename="../core/broker/broker.cpp" line="294"/>
        <location filename="../core/broker/broker.cpp" line="385"/>
        <source>Use GET.</source>
        <translation>Verwenden Sie GET.</translation>
    </message>
    <message>
        <location filename="../core/broker/broker.cpp" line="305"/>
        <source>There is no tool of this name.</source>
        <translation>Es gibt kein Werkzeug dieses Namens.</translation>
    </message>
    <message>
        <location filename="../core/broker/broker.cpp" line="314"/>
        <location filename="../core/broker/broker.cpp" line="369"/>
        <location filename="../core/broker/broker.cpp" line="398"/>
        <source>There is no such route; see the broker&apos;s API.</source>
        <translation>Diese Route gibt es nicht; siehe die API des Brokers.</translation>
    </message>
    <message>
        <location filename="../core/broker/broker.cpp" line="324"/>
        <source>Send the node&apos;s token (Authorization: Bearer) and its instance name (X-Slipway-Instance).</source>
        <translation>Senden Sie das Token des Knotens (Authorization: Bearer) und seinen Instanznamen (X-Slipway-Instance).</translation>
    </message>
    <message>
        <location filename="../core/broker/broker.cpp" line="328"/>
        <source>The token is not valid for this run and instance.</source>
        <translation>Das Token ist für diesen Lauf und diese Instanz nicht gültig.</translation>
    </message>
    <message>
        <location filename="../core/broker/broker.cpp" line="337"/>
        <source>Use POST to abort, DELETE to cancel the abort.</source>
        <translation>Verwenden Sie POST zum Abbrechen, DELETE zum Zurücknehmen des Abbruchs.</translation>
    </message>
    <message>
        <location filename="../core/broker/broker.cpp" line="339"/>
        <source>The abort reason is too long.</source>
        <translation>Der Abbruchgrund ist zu lang.</translation>
    </message>
    <message>
        <location filename="../core/broker/broker.cpp" line="342"/>
        <source>The abort reason is not UTF-8 text.</source>
        <translation>Der Abbruchgrund ist kein UTF-8-Text.</translation>
    </message>
    <message>
        <location filename="../core/broker/broker.cpp" line="344"/>
        <source>The broker could not store the abort.</source>
        <translation>Der Broker konnte den Abbruch nicht speichern.</translation>
    </message>
    <message>
        <location filename="../core/broker/broker.cpp" line="356"/>
        <source>Use PUT to upload a report file.</source>
        <translation>Verwenden Sie PUT, um eine Berichtsdatei hochzuladen.</translation>
    </message>
    <message>
        <location filename="../core/broker/broker.cpp" line="359"/>
        <source>A report file may have at most %1 bytes.</source>
        <translation>Eine Berichtsdatei darf höchstens %1 Bytes haben.</translation>
    </message>
    <message>
        <location filename="../core/broker/broker.cpp" line="363"/>
        <source>The broker could not store the report.</source>
        <translation>Der Broker konnte den Bericht nicht speichern.</translation>
    </message>
    <message>
        <location filename="../core/broker/broker.cpp" line="411"/>
        <source>timeout must be a number of seconds, 0 or more.</source>
        <translation>timeout muss eine Anzahl Sekunden sein, 0 oder mehr.</translation>
    </message>
    <message>
        <location filename="../core/broker/broker.cpp" line="438"/>
        <source>A value may have at most %1 characters.</source>
        <translation>Ein Wert darf höchstens %1 Zeichen haben.</translation>
    </message>
    <message>
        <location filename="../core/broker/broker.cpp" line="442"/>
        <source>The value is not UTF-8 text.</source>
        <translation>Der Wert ist kein UTF-8-Text.</translation>
    </message>
    <message>
        <location filename="../core/broker/broker.cpp" line="446"/>
        <source>The broker could not store the value.</source>
        <translation>Der Broker konnte den Wert nicht speichern.</translation>
    </message>
    <message>
        <location filename="../core/broker/broker.cpp" line="452"/>
        <source>Use GET to read a parameter and PUT to set it.</source>
        <translation>Verwenden Sie GET zum Lesen eines Parameters und PUT zum Setzen.</translation>
    </message>
    <message>
        <location filename="../core/broker/broker.cpp" line="464"/>
        <source>The broker cannot park more requests; ask again.</source>
        <translation>Der Broker kann keine weiteren Anfragen parken; fragen Sie erneut.</translation>
    </message>
</context>
<context>
    <name>Slipway::BrokerCertificates</name>
    <message>
        <location filename="../core/broker/brokercertificates.cpp" line="179"/>
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
</context>
<context>
    <name>Slipway::Catalog</name>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="698"/>
        <source>Cannot create the folder %1 for the catalog</source>
        <translation>Der Ordner %1 für den Katalog kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="707"/>
        <location filename="../core/catalog/catalog.cpp" line="712"/>
        <source>Cannot open the catalog %1: %2</source>
        <translation>Der Katalog %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="734"/>
        <location filename="../core/catalog/catalog.cpp" line="742"/>
        <location filename="../core/catalog/catalog.cpp" line="749"/>
        <location filename="../core/catalog/catalog.cpp" line="764"/>
        <location filename="../core/catalog/catalog.cpp" line="788"/>
        <location filename="../core/catalog/catalog.cpp" line="862"/>
        <location filename="../core/catalog/catalog.cpp" line="959"/>
        <location filename="../core/catalog/catalog.cpp" line="988"/>
        <location filename="../core/catalog/catalog.cpp" line="1019"/>
        <location filename="../core/catalog/catalog.cpp" line="1096"/>
        <location filename="../core/catalog/catalog.cpp" line="1153"/>
        <location filename="../core/catalog/catalog.cpp" line="1175"/>
        <source>The catalog is not open</source>
        <translation>Der Katalog ist nicht geöffnet</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="769"/>
        <source>Reading the history of %1</source>
        <translation>Lesen des Verlaufs von %1</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="781"/>
        <location filename="../core/catalog/catalog.cpp" line="872"/>
        <location filename="../core/catalog/catalog.cpp" line="1104"/>
        <source>There is no module %1 in the catalog</source>
        <translation>Es gibt kein Modul %1 im Katalog</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="800"/>
        <source>Listing the catalog</source>
        <translation>Auflisten des Katalogs</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="856"/>
        <source>Revert to version %1</source>
        <translation>Zurück auf Version %1</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="864"/>
        <source>&quot;%1&quot; is not a valid module path</source>
        <translation>„%1“ ist kein gültiger Modulpfad</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="866"/>
        <source>Cannot move %1 into itself (%2)</source>
        <translation>%1 kann nicht in sich selbst verschoben werden (%2)</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="884"/>
        <source>Cannot move %1 to %2: a deleted module has that path (restore and remove it, or choose another path)</source>
        <translation>%1 kann nicht nach %2 verschoben werden: ein gelöschtes Modul hat diesen Pfad (stellen Sie es wieder her und entfernen Sie es, oder wählen Sie einen anderen Pfad)</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="887"/>
        <source>Cannot move %1 to %2: that path is taken</source>
        <translation>%1 kann nicht nach %2 verschoben werden: dieser Pfad ist belegt</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="893"/>
        <location filename="../core/catalog/catalog.cpp" line="899"/>
        <source>Moving %1</source>
        <translation>Verschieben von %1</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="915"/>
        <source>Moved from %1</source>
        <translation>Verschoben von %1</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="927"/>
        <source>Finding references to %1</source>
        <translation>Suche nach Verweisen auf %1</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="945"/>
        <source>Follow the move of %1 to %2</source>
        <translation>Der Verschiebung von %1 nach %2 folgen</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="971"/>
        <source>Deleting %1</source>
        <translation>Löschen von %1</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="979"/>
        <source>There is no module %1 to delete</source>
        <translation>Es gibt kein Modul %1 zum Löschen</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="1000"/>
        <source>Restoring %1</source>
        <translation>Wiederherstellen von %1</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="1011"/>
        <source>There is no deleted module %1 to restore</source>
        <translation>Es gibt kein gelöschtes Modul %1 zum Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="1047"/>
        <source>Searching the catalog</source>
        <translation>Durchsuchen des Katalogs</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="1098"/>
        <source>A built image needs a cloud and an image id</source>
        <translation>Ein gebautes Image braucht eine Cloud und eine Image-ID</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="1106"/>
        <source>%1 is not an image</source>
        <translation>%1 ist kein Image</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="1111"/>
        <location filename="../core/catalog/catalog.cpp" line="1135"/>
        <source>Recording a built image of %1</source>
        <translation>Speichern eines gebauten Images von %1</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="1129"/>
        <source>%1 has no version %2</source>
        <translation>%1 hat keine Version %2</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="1155"/>
        <source>Catalog transactions do not nest</source>
        <translation>Katalogtransaktionen lassen sich nicht verschachteln</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="1184"/>
        <source>%1 (version %2): %3</source>
        <translation>%1 (Version %2): %3</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="1196"/>
        <location filename="../core/catalog/catalog.cpp" line="1213"/>
        <source>Importing %1</source>
        <translation>Importieren von %1</translation>
    </message>
</context>
<context>
    <name>Slipway::Catalog::Private</name>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="283"/>
        <source>%1: the catalog %2 is busy (another Slipway is writing to it); try again</source>
        <translation>%1: der Katalog %2 ist belegt (ein anderes Slipway schreibt hinein); versuchen Sie es erneut</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="287"/>
        <source>%1: the disk holding %2 is full</source>
        <translation>%1: der Datenträger mit %2 ist voll</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="288"/>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="317"/>
        <location filename="../core/catalog/catalog.cpp" line="318"/>
        <source>Starting a change</source>
        <translation>Beginn einer Änderung</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="323"/>
        <location filename="../core/catalog/catalog.cpp" line="324"/>
        <source>Saving a change</source>
        <translation>Speichern einer Änderung</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="366"/>
        <location filename="../core/catalog/catalog.cpp" line="396"/>
        <location filename="../core/catalog/catalog.cpp" line="643"/>
        <source>Reading %1</source>
        <translation>Lesen von %1</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="389"/>
        <source>There is no module %1 in the catalog</source>
        <translation>Es gibt kein Modul %1 im Katalog</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="391"/>
        <source>%1 is deleted (restore it to use it)</source>
        <translation>%1 ist gelöscht (stellen Sie es wieder her, um es zu verwenden)</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="402"/>
        <source>%1 has no version %2</source>
        <translation>%1 hat keine Version %2</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="415"/>
        <source>Version %1 of %2 cannot be read: %3</source>
        <translation>Version %1 von %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="430"/>
        <source>Reading built images</source>
        <translation>Lesen der gebauten Images</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="448"/>
        <location filename="../core/catalog/catalog.cpp" line="455"/>
        <source>Updating the search index</source>
        <translation>Aktualisieren des Suchindex</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="465"/>
        <source>&quot;%1&quot; is not a valid module path: use segments of letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos; separated by &apos;/&apos;</source>
        <translation>„%1“ ist kein gültiger Modulpfad: verwenden Sie Abschnitte aus Buchstaben, Ziffern, „-“, „_“ und „.“, getrennt durch „/“</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="475"/>
        <source>Saving %1</source>
        <translation>Speichern von %1</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="487"/>
        <source>%1 is deleted: restore it, or save under another path</source>
        <translation>%1 ist gelöscht: stellen Sie es wieder her oder speichern Sie unter einem anderen Pfad</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="596"/>
        <source>the file is an SQLite database of another program</source>
        <translation>die Datei ist eine SQLite-Datenbank eines anderen Programms</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="598"/>
        <source>it was made by a newer Slipway (schema %1; this one knows up to %2)</source>
        <translation>sie wurde von einem neueren Slipway angelegt (Schema %1; dieses kennt bis %2)</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="612"/>
        <source>Upgrading the schema</source>
        <translation>Aktualisieren des Schemas</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="624"/>
        <source>upgrading the schema from version %1 failed: %2</source>
        <translation>das Aktualisieren des Schemas von Version %1 ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>Slipway::CatalogModel</name>
    <message>
        <location filename="../ui/models/catalogmodel.cpp" line="259"/>
        <source>%1 (folder)</source>
        <translation>%1 (Ordner)</translation>
    </message>
    <message>
        <location filename="../ui/models/catalogmodel.cpp" line="261"/>
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
        <location filename="../core/model/validation.cpp" line="199"/>
        <source>the node %1 has no image</source>
        <translation>der Knoten %1 hat kein Image</translation>
    </message>
    <message>
        <location filename="../core/model/validation.cpp" line="205"/>
        <source>the image %1 has no version %2</source>
        <translation>das Image %1 hat keine Version %2</translation>
    </message>
    <message>
        <location filename="../core/model/validation.cpp" line="206"/>
        <source>the image %1 does not exist</source>
        <translation>das Image %1 existiert nicht</translation>
    </message>
    <message>
        <location filename="../core/model/validation.cpp" line="208"/>
        <source>%1 is not an image</source>
        <translation>%1 ist kein Image</translation>
    </message>
    <message>
        <location filename="../core/model/validation.cpp" line="234"/>
        <source>the input %1 is mapped twice</source>
        <translation>die Eingabe %1 ist zweimal zugeordnet</translation>
    </message>
    <message>
        <location filename="../core/model/validation.cpp" line="240"/>
        <source>the image %1 has no input %2</source>
        <translation>das Image %1 hat keine Eingabe %2</translation>
    </message>
    <message>
        <location filename="../core/model/validation.cpp" line="243"/>
        <source>%1 is an output of %2, not an input</source>
        <translation>%1 ist eine Ausgabe von %2, keine Eingabe</translation>
    </message>
    <message>
        <location filename="../core/model/validation.cpp" line="254"/>
        <source>the mandatory input %1 of %2 has no value: map it to an output of another node or give it a value</source>
        <translation>die Pflichteingabe %1 von %2 hat keinen Wert: ordnen Sie ihr eine Ausgabe eines anderen Knotens zu oder geben Sie ihr einen Wert</translation>
    </message>
    <message>
        <location filename="../core/model/validation.cpp" line="278"/>
        <source>&quot;%1&quot; is not an output reference: write othernode:parameter, or mark the value as literal</source>
        <translation>„%1“ ist kein Ausgabeverweis: schreiben Sie andererKnoten:Parameter oder markieren Sie den Wert als fest</translation>
    </message>
    <message>
        <location filename="../core/model/validation.cpp" line="285"/>
        <source>%1 is mapped to an output of its own node: map it to another node</source>
        <translation>%1 ist einer Ausgabe des eigenen Knotens zugeordnet: ordnen Sie sie einem anderen Knoten zu</translation>
    </message>
    <message>
        <location filename="../core/model/validation.cpp" line="291"/>
        <source>%1 is mapped to %2, but the deployment has no node %3</source>
        <translation>%1 ist %2 zugeordnet, aber das Deployment hat keinen Knoten %3</translation>
    </message>
    <message>
        <location filename="../core/model/validation.cpp" line="298"/>
        <source>%1 is mapped to %2, but the image of %3 has no output %4</source>
        <translation>%1 ist %2 zugeordnet, aber das Image von %3 hat keine Ausgabe %4</translation>
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
        <location filename="../ui/models/editortables.cpp" line="390"/>
        <source>mappings</source>
        <translation>Zuordnungen</translation>
    </message>
    <message>
        <location filename="../ui/models/editortables.cpp" line="391"/>
        <source>mapping</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <location filename="../ui/models/editortables.cpp" line="407"/>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <location filename="../ui/models/editortables.cpp" line="418"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/models/editortables.cpp" line="436"/>
        <source>An output of another node (node:output), or a literal value</source>
        <translation>Eine Ausgabe eines anderen Knotens (Knoten:Ausgabe) oder ein fester Wert</translation>
    </message>
    <message>
        <location filename="../ui/models/editortables.cpp" line="437"/>
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
        <translation><numerusform>%n Modul weicht vom Katalog ab: wählen Sie, was damit geschehen soll.</numerusform><numerusform>%n Module weichen vom Katalog ab: wählen Sie für jedes, was geschehen soll.</numerusform></translation>
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
    <name>Slipway::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="79"/>
        <location filename="../ui/mainwindow.cpp" line="548"/>
        <source>Slipway</source>
        <translation>Slipway</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="90"/>
        <source>Open a module from the catalog to edit it.</source>
        <translation>Öffnen Sie ein Modul aus dem Katalog, um es zu bearbeiten.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="93"/>
        <location filename="../ui/mainwindow.cpp" line="526"/>
        <location filename="../ui/mainwindow.cpp" line="783"/>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="120"/>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="102"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="55"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="57"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="59"/>
        <source>Deployment</source>
        <translation>Deployment</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="127"/>
        <source>Filter modules (Ctrl+F)</source>
        <translation>Module filtern (Strg+F)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="161"/>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="166"/>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="166"/>
        <source>Path:</source>
        <translation>Pfad:</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="166"/>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="166"/>
        <source>Author:</source>
        <translation>Autor:</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="166"/>
        <source>Time:</source>
        <translation>Zeit:</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="166"/>
        <source>Comment:</source>
        <translation>Kommentar:</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="177"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="202"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="203"/>
        <location filename="../ui/mainwindow.cpp" line="623"/>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="205"/>
        <location filename="../ui/mainwindow.cpp" line="624"/>
        <source>&amp;Project…</source>
        <translation>&amp;Projekt…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="206"/>
        <location filename="../ui/mainwindow.cpp" line="627"/>
        <source>&amp;Image…</source>
        <translation>&amp;Image…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="207"/>
        <location filename="../ui/mainwindow.cpp" line="630"/>
        <source>&amp;Deployment…</source>
        <translation>&amp;Deployment…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="218"/>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="222"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="226"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="229"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="235"/>
        <source>S&amp;ettings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="241"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="246"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="247"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="250"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="258"/>
        <source>&amp;Filter Catalog</source>
        <translation>Katalog &amp;filtern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="277"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="282"/>
        <source>Show &amp;Deleted Modules</source>
        <translation>&amp;Gelöschte Module anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="288"/>
        <source>Next Tab</source>
        <translation>Nächster Reiter</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="293"/>
        <source>Previous Tab</source>
        <translation>Vorheriger Reiter</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="300"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="301"/>
        <source>&amp;About Slipway</source>
        <translation>Ü&amp;ber Slipway</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="303"/>
        <source>About Slipway</source>
        <translation>Über Slipway</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="304"/>
        <source>&lt;b&gt;Slipway&lt;/b&gt; %1&lt;br&gt;Design, version and launch machine images and multi-node deployments.</source>
        <translation>&lt;b&gt;Slipway&lt;/b&gt; %1&lt;br&gt;Maschinen-Images und Mehrknoten-Deployments entwerfen, versionieren und starten.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="383"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="383"/>
        <source>No catalog is open.</source>
        <translation>Kein Katalog ist geöffnet.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="388"/>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="418"/>
        <source>Opened %1, version %2</source>
        <translation>%1 geöffnet, Version %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="427"/>
        <location filename="../ui/mainwindow.cpp" line="434"/>
        <location filename="../ui/mainwindow.cpp" line="443"/>
        <source>New module</source>
        <translation>Neues Modul</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="428"/>
        <source>&quot;%1&quot; is not a valid module path: use letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;, with &apos;/&apos; between folders.</source>
        <translation>„%1“ ist kein gültiger Modulpfad: verwenden Sie Buchstaben, Ziffern, „-“, „_“ und „.“, mit „/“ zwischen den Ordnern.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="434"/>
        <source>There is already a module %1.</source>
        <translation>Es gibt bereits ein Modul %1.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="441"/>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="455"/>
        <source>New %1</source>
        <translation>Neu: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="457"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="458"/>
        <source>Name (in %1):</source>
        <translation>Name (in %1):</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="487"/>
        <source>Save %1</source>
        <translation>%1 speichern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="490"/>
        <source>Saved %1 as version %2</source>
        <translation>%1 als Version %2 gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="493"/>
        <source>%1 has not changed since version %2</source>
        <translation>%1 hat sich seit Version %2 nicht geändert</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="509"/>
        <source>Close %1</source>
        <translation>%1 schließen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="510"/>
        <source>%1 has unsaved changes. Save them as a new version?</source>
        <translation>%1 hat ungespeicherte Änderungen. Als neue Version speichern?</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="548"/>
        <source>%1[*] — Slipway</source>
        <translation>%1[*] — Slipway</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="564"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="565"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="587"/>
        <source>%1 (deleted)</source>
        <translation>%1 (gelöscht)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="589"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="594"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="622"/>
        <source>&amp;Open</source>
        <translation>&amp;Öffnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="635"/>
        <source>&amp;Rename or Move…</source>
        <translation>&amp;Umbenennen oder verschieben…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="636"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="638"/>
        <location filename="../ui/mainwindow.cpp" line="769"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="639"/>
        <source>Delete %1 and everything under it? Deleted modules can be restored.</source>
        <translation>%1 und alles darunter löschen? Gelöschte Module können wiederhergestellt werden.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="647"/>
        <source>Re&amp;store</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="651"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="654"/>
        <source>Export with &amp;History…</source>
        <translation>Mit &amp;Verlauf exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="666"/>
        <source>Export a Bundle</source>
        <translation>Bundle exportieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="668"/>
        <source>Slipway bundles (*.yaml *.yml)</source>
        <translation>Slipway-Bundles (*.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="679"/>
        <location filename="../ui/mainwindow.cpp" line="684"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="687"/>
        <source>Exported %n module(s) to %1</source>
        <translation>
            <numerusform>%n Modul nach %1 exportiert</numerusform>
            <numerusform>%n Module nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="697"/>
        <source>Import Bundles or SlipStream Modules</source>
        <translation>Bundles oder SlipStream-Module importieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="699"/>
        <source>Bundles and SlipStream modules (*.slipway.yaml *.yaml *.yml *.xml);;All files (*)</source>
        <translation>Bundles und SlipStream-Module (*.slipway.yaml *.yaml *.yml *.xml);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="712"/>
        <source>Imported %n module(s)</source>
        <translation><numerusform>%n Modul importiert</numerusform><numerusform>%n Module importiert</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="720"/>
        <source>Rename or Move</source>
        <translation>Umbenennen oder verschieben</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="721"/>
        <source>New path of %1:</source>
        <translation>Neuer Pfad von %1:</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="737"/>
        <location filename="../ui/mainwindow.cpp" line="745"/>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="738"/>
        <source>Save or close %1 first: it has unsaved changes.</source>
        <translation>Speichern oder schließen Sie zuerst %1: es hat ungespeicherte Änderungen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="761"/>
        <source>Moved %n module(s) to %1</source>
        <translation>
            <numerusform>%n Modul nach %1 verschoben</numerusform>
            <numerusform>%n Module nach %1 verschoben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="785"/>
        <source>Deleted %n module(s)</source>
        <translation>
            <numerusform>%n Modul gelöscht</numerusform>
            <numerusform>%n Module gelöscht</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="793"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="797"/>
        <source>Restored %n module(s)</source>
        <translation>
            <numerusform>%n Modul wiederhergestellt</numerusform>
            <numerusform>%n Module wiederhergestellt</numerusform>
        </translation>
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
        <location filename="../ui/moduleeditor.cpp" line="60"/>
        <source>Pre-install</source>
        <translation>Vorinstallation</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="62"/>
        <source>Recipe</source>
        <translation>Rezept</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="64"/>
        <source>Execute</source>
        <translation>Ausführung</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="66"/>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="68"/>
        <source>On VM add</source>
        <translation>Beim Hinzufügen einer VM</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="70"/>
        <source>On VM remove</source>
        <translation>Beim Entfernen einer VM</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="142"/>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="144"/>
        <source>Clouds</source>
        <translation>Clouds</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="149"/>
        <source>Packages</source>
        <translation>Pakete</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="154"/>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="155"/>
        <source>Recipes</source>
        <translation>Rezepte</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="157"/>
        <source>Nodes</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="160"/>
        <source>Authorization</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="162"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="180"/>
        <source>Path:</source>
        <translation>Pfad:</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="187"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="199"/>
        <source>Native image: a base image that exists in the clouds</source>
        <translation>Natives Image: ein Basis-Image, das in den Clouds existiert</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="219"/>
        <source>the image this one derives from</source>
        <translation>das Image, von dem dieses abgeleitet ist</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="220"/>
        <source>&amp;Parent image:</source>
        <translation>&amp;Eltern-Image:</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="230"/>
        <source>Inherits:</source>
        <translation>Erbt von:</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="234"/>
        <source>&amp;Login user:</source>
        <translation>&amp;Anmeldebenutzer:</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="247"/>
        <source>P&amp;latform:</source>
        <translation>P&amp;lattform:</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="261"/>
        <source>Image ids in the clouds (native images)</source>
        <translation>Image-IDs in den Clouds (native Images)</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="266"/>
        <source>Resources per cloud</source>
        <translation>Ressourcen pro Cloud</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="285"/>
        <source>This image&apos;s script</source>
        <translation>Das Skript dieses Images</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="290"/>
        <source>Inherited from the parent images (runs first)</source>
        <translation>Von den Eltern-Images geerbt (läuft zuerst)</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="358"/>
        <source>Select a node to map its input parameters.</source>
        <translation>Wählen Sie einen Knoten, um seine Eingabeparameter zuzuordnen.</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="359"/>
        <source>Input parameters of node %1:</source>
        <translation>Eingabeparameter des Knotens %1:</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="389"/>
        <source>nothing (a root image)</source>
        <translation>nichts (ein Wurzel-Image)</translation>
    </message>
</context>
<context>
    <name>Slipway::ModuleJson::Reader</name>
    <message>
        <location filename="../core/model/modulejson.cpp" line="205"/>
        <source>unknown field</source>
        <translation>unbekanntes Feld</translation>
    </message>
    <message>
        <location filename="../core/model/modulejson.cpp" line="215"/>
        <location filename="../core/model/modulejson.cpp" line="272"/>
        <source>expected text</source>
        <translation>Text erwartet</translation>
    </message>
    <message>
        <location filename="../core/model/modulejson.cpp" line="222"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location filename="../core/model/modulejson.cpp" line="232"/>
        <source>expected true or false</source>
        <translation>true oder false erwartet</translation>
    </message>
    <message>
        <location filename="../core/model/modulejson.cpp" line="243"/>
        <source>expected a whole number</source>
        <translation>ganze Zahl erwartet</translation>
    </message>
    <message>
        <location filename="../core/model/modulejson.cpp" line="255"/>
        <source>expected a number</source>
        <translation>Zahl erwartet</translation>
    </message>
    <message>
        <location filename="../core/model/modulejson.cpp" line="266"/>
        <source>expected a list of texts</source>
        <translation>Liste von Texten erwartet</translation>
    </message>
    <message>
        <location filename="../core/model/modulejson.cpp" line="284"/>
        <location filename="../core/model/modulejson.cpp" line="303"/>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <location filename="../core/model/modulejson.cpp" line="296"/>
        <source>expected a list</source>
        <translation>Liste erwartet</translation>
    </message>
    <message>
        <location filename="../core/model/modulejson.cpp" line="341"/>
        <source>unknown type &quot;%1&quot; (string, text, password, boolean or enum)</source>
        <translation>unbekannter Typ „%1“ (string, text, password, boolean oder enum)</translation>
    </message>
    <message>
        <location filename="../core/model/modulejson.cpp" line="350"/>
        <source>unknown category &quot;%1&quot; (input or output)</source>
        <translation>unbekannte Kategorie „%1“ (input oder output)</translation>
    </message>
    <message>
        <location filename="../core/model/modulejson.cpp" line="395"/>
        <source>unknown recipe (pre-install, recipe, execute, report, on-vm-add or on-vm-remove)</source>
        <translation>unbekanntes Rezept (pre-install, recipe, execute, report, on-vm-add oder on-vm-remove)</translation>
    </message>
    <message>
        <location filename="../core/model/modulejson.cpp" line="426"/>
        <location filename="../core/model/modulejson.cpp" line="653"/>
        <source>expected an ISO 8601 time</source>
        <translation>ISO-8601-Zeit erwartet</translation>
    </message>
    <message>
        <location filename="../core/model/modulejson.cpp" line="566"/>
        <source>unknown kind &quot;%1&quot; (project, image or deployment)</source>
        <translation>unbekannte Art „%1“ (project, image oder deployment)</translation>
    </message>
    <message>
        <location filename="../core/model/modulejson.cpp" line="590"/>
        <source>unknown right (get, edit, run, delete or create-children)</source>
        <translation>unbekanntes Recht (get, edit, run, delete oder create-children)</translation>
    </message>
    <message>
        <location filename="../core/model/modulejson.cpp" line="598"/>
        <source>only an image has image fields</source>
        <translation>nur ein Image hat Image-Felder</translation>
    </message>
    <message>
        <location filename="../core/model/modulejson.cpp" line="603"/>
        <source>only a deployment has nodes</source>
        <translation>nur ein Deployment hat Knoten</translation>
    </message>
    <message>
        <location filename="../core/model/modulejson.cpp" line="624"/>
        <source>invalid JSON at offset %1: %2</source>
        <translation>ungültiges JSON an Position %1: %2</translation>
    </message>
    <message>
        <location filename="../core/model/modulejson.cpp" line="626"/>
        <source>a module must be a JSON object</source>
        <translation>ein Modul muss ein JSON-Objekt sein</translation>
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
    <name>Slipway::ProblemsModel</name>
    <message>
        <location filename="../ui/models/problemsmodel.cpp" line="60"/>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location filename="../ui/models/problemsmodel.cpp" line="61"/>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location filename="../ui/models/problemsmodel.cpp" line="74"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../ui/models/problemsmodel.cpp" line="76"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../ui/models/problemsmodel.cpp" line="78"/>
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
    <name>Slipway::RemoveRowCommand</name>
    <message>
        <location filename="../ui/commands/removerowcommand.cpp" line="14"/>
        <source>Remove %1</source>
        <translation>Entfernen: %1</translation>
    </message>
</context>
<context>
    <name>Slipway::RunEngine</name>
    <message>
        <location filename="../core/run/runengine.cpp" line="95"/>
        <source>There is no cloud named %1: add it with slipway-cli cloud add.</source>
        <translation>Es gibt keine Cloud namens %1: fügen Sie sie mit slipway-cli cloud add hinzu.</translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="119"/>
        <source>The broker is not listening: the run cannot start.</source>
        <translation>Der Broker lauscht nicht: der Lauf kann nicht starten.</translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="188"/>
        <source>Launched %1 (version %2) as a %3 run</source>
        <translation>%1 (Version %2) als %3-Lauf gestartet</translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="199"/>
        <source>The run did not reach Ready within %1 minutes.</source>
        <translation>Der Lauf hat Ready nicht innerhalb von %1 Minuten erreicht.</translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="253"/>
        <source>Started on %1 at %2</source>
        <translation>Gestartet auf %1 um %2</translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="278"/>
        <source>Could not be started: %1</source>
        <translation>Konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="284"/>
        <source>%1: %2 of its instances could not be started (at most %3 may fail): %4</source>
        <translation>%1: %2 seiner Instanzen konnten nicht gestartet werden (höchstens %3 dürfen fehlschlagen): %4</translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="302"/>
        <source>%1 cannot be bootstrapped: %2</source>
        <translation>%1 kann nicht gebootstrappt werden: %2</translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="303"/>
        <source>it has no token</source>
        <translation>es hat kein Token</translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="329"/>
        <source>%1: the bootstrap failed: %2</source>
        <translation>%1: der Bootstrap ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="394"/>
        <source>Aborted: %1</source>
        <translation>Abgebrochen: %1</translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="413"/>
        <source>The run %1 is not going.</source>
        <translation>Der Lauf %1 läuft nicht.</translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="426"/>
        <source>There is no run %1.</source>
        <translation>Es gibt keinen Lauf %1.</translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="432"/>
        <source>The run %1 cannot be terminated.</source>
        <translation>Der Lauf %1 kann nicht beendet werden.</translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="442"/>
        <source>Cancelled by the user</source>
        <translation>Vom Benutzer abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="473"/>
        <source>Could not remove every instance: %1</source>
        <translation>Nicht alle Instanzen konnten entfernt werden: %1</translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="482"/>
        <source>Instances removed</source>
        <translation>Instanzen entfernt</translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="534"/>
        <source>State: %1</source>
        <translation>Zustand: %1</translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="577"/>
        <source>Resumed after a restart of Slipway in state %1</source>
        <translation>Nach einem Neustart von Slipway im Zustand %1 fortgesetzt</translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="601"/>
        <source>Slipway stopped while %1 was being started: the run cannot go on.</source>
        <translation>Slipway wurde beendet, während %1 gestartet wurde: der Lauf kann nicht weitergehen.</translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="614"/>
        <source>The run did not reach Ready in time.</source>
        <translation>Der Lauf hat Ready nicht rechtzeitig erreicht.</translation>
    </message>
</context>
<context>
    <name>Slipway::RunHost</name>
    <message>
        <location filename="../core/run/runhost.cpp" line="67"/>
        <source>Cannot read the broker&apos;s CA %1: %2</source>
        <translation>Die CA des Brokers %1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>Slipway::RuntimeParameterStore</name>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="262"/>
        <source>The run database %1 failed: %2</source>
        <translation>Die Laufdatenbank %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="274"/>
        <source>Cannot open the run database %1: %2</source>
        <translation>Die Laufdatenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="284"/>
        <source>The run database %1 is locked: %2</source>
        <translation>Die Laufdatenbank %1 ist gesperrt: %2</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="311"/>
        <source>Cannot create the run tables in %1: %2</source>
        <translation>Die Lauftabellen in %1 können nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="365"/>
        <source>&apos;%1&apos; is not a run id.</source>
        <translation>„%1“ ist keine Lauf-ID.</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="369"/>
        <source>The run &apos;%1&apos; exists already.</source>
        <translation>Der Lauf „%1“ existiert bereits.</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="375"/>
        <source>&apos;%1&apos; is not a node name.</source>
        <translation>„%1“ ist kein Knotenname.</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="379"/>
        <source>The node %1 has a bad multiplicity.</source>
        <translation>Der Knoten %1 hat eine falsche Anzahl.</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="386"/>
        <source>The node %1 appears twice.</source>
        <translation>Der Knoten %1 kommt zweimal vor.</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="399"/>
        <source>&apos;%1&apos; is not a parameter name.</source>
        <translation>„%1“ ist kein Parametername.</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="421"/>
        <source>The mapping source &apos;%1&apos; is not an instance parameter of this run.</source>
        <translation>Die Zuordnungsquelle „%1“ ist kein Instanzparameter dieses Laufs.</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="431"/>
        <source>The mapping target %1:%2 is not declared.</source>
        <translation>Das Zuordnungsziel %1:%2 ist nicht deklariert.</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="443"/>
        <source>The mapping target node %1 does not exist.</source>
        <translation>Der Zielknoten %1 der Zuordnung existiert nicht.</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="455"/>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="461"/>
        <source>Cannot store the run %1: %2</source>
        <translation>Der Lauf %1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="571"/>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="601"/>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="653"/>
        <source>The run is aborted: %1</source>
        <translation>Der Lauf ist abgebrochen: %1</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="578"/>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="650"/>
        <source>The run has no parameter %1.</source>
        <translation>Der Lauf hat keinen Parameter %1.</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="580"/>
        <source>%1 is not set yet.</source>
        <translation>%1 ist noch nicht gesetzt.</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="611"/>
        <source>The node %1 has no parameter %2.</source>
        <translation>Der Knoten %1 hat keinen Parameter %2.</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="617"/>
        <source>The run has no node %1.</source>
        <translation>Der Lauf hat keinen Knoten %1.</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="643"/>
        <source>%1 may not set %2: a node sets only its own parameters.</source>
        <translation>%1 darf %2 nicht setzen: ein Knoten setzt nur seine eigenen Parameter.</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="647"/>
        <source>%1 is set by Slipway, not by the node.</source>
        <translation>%1 wird von Slipway gesetzt, nicht vom Knoten.</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="663"/>
        <source>The value of %1 has %2 characters; at most %3 are allowed.</source>
        <translation>Der Wert von %1 hat %2 Zeichen; höchstens %3 sind erlaubt.</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="718"/>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="748"/>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="828"/>
        <source>%1 is not in this run.</source>
        <translation>%1 gehört nicht zu diesem Lauf.</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="720"/>
        <source>Aborted by Slipway.</source>
        <translation>Von Slipway abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="721"/>
        <source>Aborted by %1.</source>
        <translation>Von %1 abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="725"/>
        <source>The abort reason is longer than %1 characters.</source>
        <translation>Der Abbruchgrund ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="831"/>
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
        <location filename="../ui/settingsdialog.cpp" line="44"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Local containers (Podman or Docker)</source>
        <translation type="vanished">Lokale Container (Podman oder Docker)</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="61"/>
        <source>Clouds:</source>
        <translation>Clouds:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="68"/>
        <source>&amp;Default cloud:</source>
        <translation>&amp;Standard-Cloud:</translation>
    </message>
    <message>
        <source>Nodes that name no cloud run in the default cloud.</source>
        <translation type="vanished">Knoten ohne eigene Cloud laufen in der Standard-Cloud.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="35"/>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="36"/>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="69"/>
        <source>Nodes that name no cloud run in the default cloud. Credentials are kept in the system keychain, never in this list.</source>
        <translation>Knoten ohne eigene Cloud laufen in der Standard-Cloud. Zugangsdaten liegen im Schlüsselbund des Systems, nie in dieser Liste.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="75"/>
        <source>Clouds</source>
        <translation>Clouds</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="88"/>
        <source>Editor &amp;font:</source>
        <translation>Editor-&amp;Schrift:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="91"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="93"/>
        <source>Font &amp;size:</source>
        <translation>Schrift&amp;größe:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="95"/>
        <source>Follow the system</source>
        <translation>Dem System folgen</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="96"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="97"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="99"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="100"/>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="120"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="136"/>
        <source>A cloud needs a name and a known kind.</source>
        <translation>Eine Cloud braucht einen Namen und eine bekannte Art.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="151"/>
        <source>%1 added.</source>
        <translation>%1 hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="158"/>
        <source>Add a cloud</source>
        <translation>Cloud hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="164"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="165"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="217"/>
        <source>Testing %1…</source>
        <translation>%1 wird getestet…</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="222"/>
        <source>%1 cannot be used: %2</source>
        <translation>%1 ist nicht nutzbar: %2</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="224"/>
        <source>%1 works: %2</source>
        <translation>%1 funktioniert: %2</translation>
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
    <name>main</name>
    <message>
        <location filename="../app/slipway/main.cpp" line="38"/>
        <source>Design, version and launch machine images and multi-node deployments.</source>
        <translation>Maschinen-Images und Mehrknoten-Deployments entwerfen, versionieren und starten.</translation>
    </message>
    <message>
        <location filename="../app/slipway/main.cpp" line="45"/>
        <source>Save a picture of the main window to &lt;file&gt; once it is shown, then quit.</source>
        <translation>Speichert ein Bild des Hauptfensters in &lt;file&gt;, sobald es angezeigt wird, und beendet sich.</translation>
    </message>
    <message>
        <location filename="../app/slipway/main.cpp" line="48"/>
        <location filename="../app/slipway/main.cpp" line="55"/>
        <source>file</source>
        <translation>datei</translation>
    </message>
    <message>
        <location filename="../app/slipway/main.cpp" line="52"/>
        <source>Open the catalog in &lt;file&gt; instead of the default one.</source>
        <translation>Den Katalog in &lt;file&gt; statt des Standardkatalogs öffnen.</translation>
    </message>
    <message>
        <location filename="../app/slipway/main.cpp" line="59"/>
        <source>Bundles or SlipStream module XML files to import.</source>
        <translation>Zu importierende Bundles oder SlipStream-Modul-XML-Dateien.</translation>
    </message>
    <message>
        <location filename="../app/slipway/main.cpp" line="60"/>
        <source>[file...]</source>
        <translation>[datei...]</translation>
    </message>
    <message>
        <location filename="../app/slipway/main.cpp" line="76"/>
        <source>Slipway</source>
        <translation>Slipway</translation>
    </message>
    <message>
        <location filename="../app/slipway/main.cpp" line="77"/>
        <source>The catalog %1 cannot be opened: %2</source>
        <translation>Der Katalog %1 kann nicht geöffnet werden: %2</translation>
    </message>
</context>
</TS>
