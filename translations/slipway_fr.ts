<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>EdgeItem</name>
    <message>
        <location filename="../ui/diagram/edgeitem.cpp" line="25"/>
        <source>%1:%2 → %3 input %4</source>
        <translation>%1:%2 → %3 entrée %4</translation>
    </message>
    <message>
        <location filename="../ui/diagram/edgeitem.cpp" line="27"/>
        <source>%1 reads %2:%3 in its recipes</source>
        <translation>%1 lit %2:%3 dans ses recettes</translation>
    </message>
</context>
<context>
    <name>GraphvizLayout</name>
    <message>
        <location filename="../ui/diagram/graphvizlayout.cpp" line="88"/>
        <source>Graphviz could not start (gvContext failed).</source>
        <translation>Graphviz n&apos;a pas pu démarrer (échec de gvContext).</translation>
    </message>
    <message>
        <location filename="../ui/diagram/graphvizlayout.cpp" line="119"/>
        <source>Graphviz could not lay out the diagram (the dot layout plugin is missing or failed).</source>
        <translation>Graphviz n&apos;a pas pu disposer le diagramme (le greffon de disposition dot manque ou a échoué).</translation>
    </message>
</context>
<context>
    <name>ParameterFlow</name>
    <message>
        <location filename="../core/checks/parameterflow.cpp" line="29"/>
        <source>%1, %2, line %3</source>
        <translation>%1, %2, ligne %3</translation>
    </message>
    <message>
        <location filename="../core/checks/parameterflow.cpp" line="166"/>
        <source>provisioning</source>
        <translation>provisionnement</translation>
    </message>
    <message>
        <location filename="../core/checks/parameterflow.cpp" line="172"/>
        <source>scaling</source>
        <translation>redimensionnement</translation>
    </message>
    <message>
        <location filename="../core/checks/parameterflow.cpp" line="336"/>
        <source>Node %1 uses the key %2, which the ss-* tools refuse: %3</source>
        <translation>Le nœud %1 utilise la clé %2, que les outils ss-* refusent : %3</translation>
    </message>
    <message>
        <location filename="../core/checks/parameterflow.cpp" line="371"/>
        <source>Node %1 sets %2, but a node may set only its own parameters: the broker refuses it.</source>
        <translation>Le nœud %1 définit %2, mais un nœud ne peut définir que ses propres paramètres : le broker le refuse.</translation>
    </message>
    <message>
        <location filename="../core/checks/parameterflow.cpp" line="382"/>
        <source>Node %1 sets %2, which only Slipway sets: the broker refuses it.</source>
        <translation>Le nœud %1 définit %2, que seul Slipway définit : le broker le refuse.</translation>
    </message>
    <message>
        <location filename="../core/checks/parameterflow.cpp" line="431"/>
        <source>Node %1 reads %2, which no script sets.</source>
        <translation>Le nœud %1 lit %2, qu&apos;aucun script ne définit.</translation>
    </message>
    <message>
        <location filename="../core/checks/parameterflow.cpp" line="443"/>
        <source>Node %1 reads %2, but %3 has no node %4.</source>
        <translation>Le nœud %1 lit %2, mais %3 n&apos;a pas de nœud %4.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/checks/parameterflow.cpp" line="452"/>
        <source>Node %1 reads %2, but %3 has only %n instance(s).</source>
        <translation>
            <numerusform>Le nœud %1 lit %2, mais %3 n&apos;a que %n instance.</numerusform>
            <numerusform>Le nœud %1 lit %2, mais %3 n&apos;a que %n instances.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/checks/parameterflow.cpp" line="491"/>
        <source>Node %1 reads %2, mapped from %3, which no script sets with a literal key (one of %4&apos;s keys is computed).</source>
        <translation>Le nœud %1 lit %2, relié à %3, qu&apos;aucun script ne définit avec une clé littérale (une des clés de %4 est calculée).</translation>
    </message>
    <message>
        <location filename="../core/checks/parameterflow.cpp" line="498"/>
        <source>Node %1 reads %2, mapped from %3, which no script of %4 sets.</source>
        <translation>Le nœud %1 lit %2, relié à %3, qu&apos;aucun script de %4 ne définit.</translation>
    </message>
    <message>
        <location filename="../core/checks/parameterflow.cpp" line="505"/>
        <source>Node %1 reads %2, which no script sets with a literal key (one of %3&apos;s keys is computed).</source>
        <translation>Le nœud %1 lit %2, qu&apos;aucun script ne définit avec une clé littérale (une des clés de %3 est calculée).</translation>
    </message>
    <message>
        <location filename="../core/checks/parameterflow.cpp" line="512"/>
        <source>Node %1 reads %2: the input %3 of %4 has no default, no mapping and no script sets it; give it a value at launch.</source>
        <translation>Le nœud %1 lit %2 : l&apos;entrée %3 de %4 n&apos;a ni valeur par défaut ni correspondance, et aucun script ne la définit ; donnez-lui une valeur au lancement.</translation>
    </message>
    <message>
        <location filename="../core/checks/parameterflow.cpp" line="519"/>
        <source>Node %1 reads %2, which nothing sets: no script of %3 sets %4, it has no default and no mapping.</source>
        <translation>Le nœud %1 lit %2, que rien ne définit : aucun script de %3 ne définit %4, qui n&apos;a ni valeur par défaut ni correspondance.</translation>
    </message>
    <message>
        <location filename="../core/checks/parameterflow.cpp" line="625"/>
        <source>Deadlock: node %1 waits at %2 for %3, which %4 sets only at %5, after every node has finished its %6 scripts.</source>
        <translation>Interblocage : le nœud %1 attend %3 en %2, que %4 ne définit qu&apos;en %5, après que chaque nœud a terminé ses scripts de %6.</translation>
    </message>
    <message>
        <location filename="../core/checks/parameterflow.cpp" line="682"/>
        <source>%1 waits at %2 for %3, which it sets itself only later, at %4</source>
        <translation>%1 attend %3 en %2, qu&apos;il ne définit lui-même que plus tard, en %4</translation>
    </message>
    <message>
        <location filename="../core/checks/parameterflow.cpp" line="688"/>
        <source>%1 waits at %2 for %3, which %4 sets only at %5</source>
        <translation>%1 attend %3 en %2, que %4 ne définit qu&apos;en %5</translation>
    </message>
    <message>
        <location filename="../core/checks/parameterflow.cpp" line="695"/>
        <source>%1 waits at %2 for %3, mapped from %4, which %5 sets only at %6</source>
        <translation>%1 attend %3 en %2, relié à %4, que %5 ne définit qu&apos;en %6</translation>
    </message>
    <message>
        <location filename="../core/checks/parameterflow.cpp" line="707"/>
        <source>Deadlock: %1.</source>
        <translation>Interblocage : %1.</translation>
    </message>
</context>
<context>
    <name>ParameterKey</name>
    <message>
        <location filename="../core/broker/parameterkey.cpp" line="90"/>
        <source>The key is empty.</source>
        <translation>La clé est vide.</translation>
    </message>
    <message>
        <location filename="../core/broker/parameterkey.cpp" line="93"/>
        <source>The key is longer than %1 characters.</source>
        <translation>La clé dépasse %1 caractères.</translation>
    </message>
    <message>
        <location filename="../core/broker/parameterkey.cpp" line="102"/>
        <location filename="../core/broker/parameterkey.cpp" line="135"/>
        <source>%1 is not a parameter name: use letters, digits, &apos;_&apos;, &apos;-&apos; and single dots inside.</source>
        <translation>%1 n&apos;est pas un nom de paramètre : utilisez des lettres, des chiffres, « _ », « - » et des points isolés à l&apos;intérieur.</translation>
    </message>
    <message>
        <location filename="../core/broker/parameterkey.cpp" line="109"/>
        <source>%1 names no node: only a node instance may use a bare key.</source>
        <translation>%1 ne nomme aucun nœud : seule une instance de nœud peut utiliser une clé nue.</translation>
    </message>
    <message>
        <location filename="../core/broker/parameterkey.cpp" line="125"/>
        <source>%1 has more than one &apos;:&apos;.</source>
        <translation>%1 contient plus d&apos;un « : ».</translation>
    </message>
    <message>
        <location filename="../core/broker/parameterkey.cpp" line="132"/>
        <source>%1 has no parameter name after &apos;:&apos;.</source>
        <translation>%1 n&apos;a pas de nom de paramètre après « : ».</translation>
    </message>
    <message>
        <location filename="../core/broker/parameterkey.cpp" line="141"/>
        <source>%1 has no node name before &apos;:&apos;.</source>
        <translation>%1 n&apos;a pas de nom de nœud avant « : ».</translation>
    </message>
    <message>
        <location filename="../core/broker/parameterkey.cpp" line="153"/>
        <source>%1 is not a node name: start with a letter, then letters, digits, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>%1 n&apos;est pas un nom de nœud : commencez par une lettre, puis des lettres, des chiffres, « _ » ou « - ».</translation>
    </message>
    <message>
        <location filename="../core/broker/parameterkey.cpp" line="159"/>
        <source>&apos;ss&apos; holds global parameters: write ss:%1.</source>
        <translation>« ss » contient les paramètres globaux : écrivez ss:%1.</translation>
    </message>
    <message>
        <location filename="../core/broker/parameterkey.cpp" line="183"/>
        <source>%1 is not an instance index: write node.i with i from 1 to %2.</source>
        <translation>%1 n&apos;est pas un indice d&apos;instance : écrivez nœud.i avec i de 1 à %2.</translation>
    </message>
</context>
<context>
    <name>PortItem</name>
    <message>
        <location filename="../ui/diagram/portitem.cpp" line="31"/>
        <source>Output %1: drag to an input to map it</source>
        <translation>Sortie %1 : faites-la glisser sur une entrée pour les relier</translation>
    </message>
    <message>
        <location filename="../ui/diagram/portitem.cpp" line="33"/>
        <source>Input %1: drag to an output to map it</source>
        <translation>Entrée %1 : faites-la glisser sur une sortie pour les relier</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../core/secrets/secretstore.cpp" line="19"/>
        <source>the %1 of the cloud %2</source>
        <translation>%1 du cloud %2</translation>
    </message>
    <message>
        <location filename="../core/secrets/secretstore.cpp" line="27"/>
        <source>No %1 in the system keychain: add it with `slipway-cli cloud add` or in the cloud settings</source>
        <translation>Introuvable dans le trousseau du système : %1 ; ajoutez-le avec `slipway-cli cloud add` ou dans les paramètres des clouds</translation>
    </message>
    <message>
        <location filename="../core/secrets/secretstore.cpp" line="32"/>
        <source>The system keychain refused to %1 %2: %3</source>
        <translation>Le trousseau du système a refusé de %1 %2 : %3</translation>
    </message>
    <message>
        <location filename="../core/secrets/secretstore.cpp" line="35"/>
        <source>Cannot %1 %2: no system keychain is available (%3). Start a Secret Service such as GNOME Keyring or KWallet.</source>
        <translation>Impossible de %1 %2 : aucun trousseau du système n&apos;est disponible (%3). Démarrez un Secret Service tel que GNOME Keyring ou KWallet.</translation>
    </message>
    <message>
        <location filename="../core/secrets/secretstore.cpp" line="39"/>
        <source>Cannot %1 %2 in the system keychain: %3. Is a Secret Service such as GNOME Keyring or KWallet running?</source>
        <translation>Impossible de %1 %2 dans le trousseau du système : %3. Un Secret Service tel que GNOME Keyring ou KWallet est-il démarré ?</translation>
    </message>
    <message>
        <location filename="../core/secrets/secretstore.cpp" line="91"/>
        <source>read</source>
        <translation>lire</translation>
    </message>
    <message>
        <location filename="../core/secrets/secretstore.cpp" line="108"/>
        <source>store</source>
        <translation>enregistrer</translation>
    </message>
    <message>
        <location filename="../core/secrets/secretstore.cpp" line="123"/>
        <source>remove</source>
        <translation>supprimer</translation>
    </message>
</context>
<context>
    <name>RunRecords</name>
    <message>
        <location filename="../core/run/runrecords.cpp" line="142"/>
        <source>&quot;%1&quot; is not a tag: a tag is at most 64 characters, with no comma or line break.</source>
        <translation>« %1 » n&apos;est pas une étiquette : une étiquette a au plus 64 caractères, sans virgule ni saut de ligne.</translation>
    </message>
</context>
<context>
    <name>RunTags</name>
    <message>
        <location filename="../ui/runs/runtags.cpp" line="22"/>
        <source>There is no run %1.</source>
        <translation>Il n&apos;y a pas d&apos;exécution %1.</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtags.cpp" line="28"/>
        <source>Tags of Run %1</source>
        <translation>Étiquettes de l&apos;exécution %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtags.cpp" line="29"/>
        <source>Tags, separated by commas:</source>
        <translation>Étiquettes, séparées par des virgules :</translation>
    </message>
</context>
<context>
    <name>Slipway</name>
    <message>
        <location filename="../core/model/effectiveimage.cpp" line="22"/>
        <source>Host name or IP address of the instance</source>
        <translation>Nom d&apos;hôte ou adresse IP de l&apos;instance</translation>
    </message>
    <message>
        <location filename="../core/model/effectiveimage.cpp" line="23"/>
        <source>Identifier of the instance in its cloud</source>
        <translation>Identifiant de l&apos;instance dans son cloud</translation>
    </message>
    <message>
        <location filename="../core/model/effectiveimage.cpp" line="84"/>
        <location filename="../core/catalog/buildstatus.cpp" line="72"/>
        <source>%1 is not an image</source>
        <translation>%1 n&apos;est pas une image</translation>
    </message>
    <message>
        <location filename="../core/model/effectiveimage.cpp" line="94"/>
        <source>the parent chain of %1 has a cycle: %2</source>
        <translation>la chaîne des parents de %1 forme un cycle : %2</translation>
    </message>
    <message>
        <location filename="../core/model/effectiveimage.cpp" line="100"/>
        <source>%1 has the parent %2, which does not exist</source>
        <translation>%1 a pour parent %2, qui n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../core/model/effectiveimage.cpp" line="102"/>
        <source>%1 has the parent %2, which is not an image</source>
        <translation>%1 a pour parent %2, qui n&apos;est pas une image</translation>
    </message>
    <message>
        <location filename="../core/storage/sqliteschema.cpp" line="36"/>
        <source>version %1 cannot be read: %2</source>
        <translation>la version %1 ne peut pas être lue : %2</translation>
    </message>
    <message>
        <location filename="../core/broker/brokercertificates.cpp" line="159"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="40"/>
        <source>There is no active run &apos;%1&apos;.</source>
        <translation>Il n&apos;y a pas d&apos;exécution active « %1 ».</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogsource.cpp" line="27"/>
        <source>&quot;%1&quot; cannot name a team catalog: use a name without &apos;/&apos;, &apos;\&apos; and surrounding spaces</source>
        <translation>« %1 » ne peut pas nommer un catalogue d&apos;équipe : utilisez un nom sans &apos;/&apos;, &apos;\&apos; ni espaces autour</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogsource.cpp" line="50"/>
        <source>there is no team catalog named &quot;%1&quot;</source>
        <translation>il n&apos;y a pas de catalogue d&apos;équipe nommé « %1 »</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogsource.cpp" line="61"/>
        <source>the team catalog &quot;%1&quot;: sslmode=%2: a team catalog over the network is only reached with TLS and a verified certificate (verify-full)</source>
        <translation>le catalogue d&apos;équipe « %1 » : sslmode=%2 : un catalogue d&apos;équipe sur le réseau n&apos;est joint qu&apos;avec TLS et un certificat vérifié (verify-full)</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogsource.cpp" line="67"/>
        <source>the team catalog &quot;%1&quot;: %2</source>
        <translation>le catalogue d&apos;équipe « %1 » : %2</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogsource.cpp" line="89"/>
        <source>the password of the team catalog &quot;%1&quot; could not be kept in the keychain: %2</source>
        <translation>le mot de passe du catalogue d&apos;équipe « %1 » n&apos;a pas pu être conservé dans le trousseau : %2</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogsource.cpp" line="179"/>
        <source>the run came from the team catalog &quot;%1&quot; at %2, but that name now connects to %3: remember a connection to %2 (File → Open Team Catalog…, or slipway-cli --catalog %2)</source>
        <translation>l&apos;exécution vient du catalogue d&apos;équipe « %1 » à %2, mais ce nom se connecte maintenant à %3 : enregistrez une connexion à %2 (Fichier → Ouvrir un catalogue d&apos;équipe…, ou slipway-cli --catalog %2)</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogsource.cpp" line="204"/>
        <source>the run came from the team catalog %1, which cannot be reached: %2</source>
        <translation>l&apos;exécution vient du catalogue d&apos;équipe %1, qui ne peut pas être joint : %2</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogsource.cpp" line="209"/>
        <source>the run came from the team catalog %1, which cannot be opened: %2 (open it with File → Open Team Catalog…, or give slipway-cli --catalog NAME or URL)</source>
        <translation>l&apos;exécution vient du catalogue d&apos;équipe %1, qui ne peut pas être ouvert : %2 (ouvrez-le avec Fichier → Ouvrir un catalogue d&apos;équipe…, ou donnez à slipway-cli --catalog NOM ou URL)</translation>
    </message>
    <message>
        <location filename="../core/run/updateplan.cpp" line="85"/>
        <source>%1 is a project: it has no run to update</source>
        <translation>%1 est un projet : il n&apos;a pas d&apos;exécution à mettre à jour</translation>
    </message>
    <message>
        <location filename="../core/run/updateplan.cpp" line="313"/>
        <source>The run %1 is an image build: it has nothing to update.</source>
        <translation>L&apos;exécution %1 est une construction d&apos;image : elle n&apos;a rien à mettre à jour.</translation>
    </message>
    <message>
        <location filename="../core/run/updateplan.cpp" line="318"/>
        <source>%1 is not in the catalog any more: the run cannot be updated.</source>
        <translation>%1 n&apos;est plus dans le catalogue : l&apos;exécution ne peut pas être mise à jour.</translation>
    </message>
    <message>
        <location filename="../core/run/updateplan.cpp" line="392"/>
        <source>new node</source>
        <translation>nouveau nœud</translation>
    </message>
    <message>
        <source>%1 is a new node: adding a node to a running deployment needs a new launch</source>
        <translation type="vanished">%1 est un nouveau nœud : ajouter un nœud à un déploiement en cours demande un nouveau lancement</translation>
    </message>
    <message>
        <location filename="../core/run/updateplan.cpp" line="394"/>
        <source>multiplicity: %1</source>
        <translation>multiplicité : %1</translation>
    </message>
    <message>
        <location filename="../core/run/updateplan.cpp" line="420"/>
        <source>image: %1 → %2</source>
        <translation>image : %1 → %2</translation>
    </message>
    <message>
        <location filename="../core/run/updateplan.cpp" line="422"/>
        <source>image id in %1: %2 → %3</source>
        <translation>identifiant d&apos;image dans %1 : %2 → %3</translation>
    </message>
    <message>
        <location filename="../core/run/updateplan.cpp" line="425"/>
        <source>cloud: %1 → %2</source>
        <translation>cloud : %1 → %2</translation>
    </message>
    <message>
        <location filename="../core/run/updateplan.cpp" line="427"/>
        <source>packages changed</source>
        <translation>paquets modifiés</translation>
    </message>
    <message>
        <location filename="../core/run/updateplan.cpp" line="429"/>
        <source>base image or platform changed</source>
        <translation>image de base ou plateforme modifiée</translation>
    </message>
    <message>
        <location filename="../core/run/updateplan.cpp" line="433"/>
        <location filename="../core/run/updateplan.cpp" line="463"/>
        <source>%1 changed in %2</source>
        <translation>%1 modifié dans %2</translation>
    </message>
    <message>
        <location filename="../core/run/updateplan.cpp" line="446"/>
        <source>resources in %1 changed</source>
        <translation>ressources modifiées dans %1</translation>
    </message>
    <message>
        <location filename="../core/run/updateplan.cpp" line="451"/>
        <source>new parameter %1</source>
        <translation>nouveau paramètre %1</translation>
    </message>
    <message>
        <location filename="../core/run/updateplan.cpp" line="454"/>
        <source>parameter %1 removed</source>
        <translation>paramètre %1 retiré</translation>
    </message>
    <message>
        <location filename="../core/run/updateplan.cpp" line="488"/>
        <source>%1: mapped from %2 → %3</source>
        <translation>%1 : relié à %2 → %3</translation>
    </message>
    <message>
        <source>the mapping of %1:%2 changed: the run&apos;s parameter exchange keeps the mappings it was launched with</source>
        <translation type="vanished">la correspondance de %1:%2 a changé : l&apos;échange de paramètres de l&apos;exécution garde les correspondances avec lesquelles elle a été lancée</translation>
    </message>
    <message>
        <location filename="../core/run/updateplan.cpp" line="496"/>
        <source>inputs changed</source>
        <translation>entrées modifiées</translation>
    </message>
    <message>
        <location filename="../core/run/updateplan.cpp" line="510"/>
        <source>multiplicity: %1 → %2</source>
        <translation>multiplicité : %1 → %2</translation>
    </message>
    <message>
        <location filename="../core/run/updateplan.cpp" line="526"/>
        <source>the node is not in v%1</source>
        <translation>le nœud n&apos;est pas dans la v%1</translation>
    </message>
    <message>
        <location filename="../ui/runs/runstatecolours.cpp" line="58"/>
        <source>healthy</source>
        <translation>en bonne santé</translation>
    </message>
    <message>
        <location filename="../ui/runs/runstatecolours.cpp" line="60"/>
        <source>unhealthy</source>
        <translation>en mauvaise santé</translation>
    </message>
    <message>
        <location filename="../ui/runs/runstatecolours.cpp" line="62"/>
        <source>restarting</source>
        <translation>redémarrage</translation>
    </message>
    <message>
        <location filename="../ui/runs/runstatecolours.cpp" line="64"/>
        <source>replacing</source>
        <translation>remplacement</translation>
    </message>
    <message>
        <location filename="../ui/runs/runstatecolours.cpp" line="66"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../core/catalog/buildstatus.cpp" line="47"/>
        <source>the parent image %1 cannot be read: %2</source>
        <translation>l&apos;image parente %1 ne peut pas être lue : %2</translation>
    </message>
    <message>
        <location filename="../core/catalog/buildstatus.cpp" line="53"/>
        <source>the parent image %1 changed since (version %2)</source>
        <translation>l&apos;image parente %1 a changé depuis (version %2)</translation>
    </message>
    <message>
        <location filename="../core/catalog/buildstatus.cpp" line="58"/>
        <source>the parent image %1 was built again since</source>
        <translation>l&apos;image parente %1 a été reconstruite depuis</translation>
    </message>
    <message>
        <location filename="../core/catalog/buildstatus.cpp" line="87"/>
        <source>the image changed since version %1 (now version %2)</source>
        <translation>l&apos;image a changé depuis la version %1 (désormais version %2)</translation>
    </message>
    <message>
        <location filename="../core/catalog/publish.cpp" line="153"/>
        <source>%1 v%2: node %3 pins %4 version %5 (version %6 in %7)</source>
        <translation>%1 v%2 : le nœud %3 fixe %4 version %5 (version %6 dans %7)</translation>
    </message>
    <message>
        <location filename="../core/catalog/publish.cpp" line="165"/>
        <source>%1 version %2: node %3 pins %4 version %5, which %6 does not have, while %7 has another version %5</source>
        <translation>%1 version %2 : le nœud %3 fixe %4 version %5, que %6 n&apos;a pas, alors que %7 a une autre version %5</translation>
    </message>
    <message>
        <location filename="../core/catalog/publish.cpp" line="173"/>
        <source>%1 version %2: node %3 pins %4 version %5, whose content %6 does not have in any version (pin a version that is there, or follow the latest)</source>
        <translation>%1 version %2 : le nœud %3 fixe %4 version %5, dont %6 n&apos;a le contenu dans aucune version (fixez une version qui s&apos;y trouve, ou suivez la dernière)</translation>
    </message>
    <message>
        <location filename="../core/catalog/publish.cpp" line="202"/>
        <source>Publishing %1: both catalogs must be open</source>
        <translation>Publication de %1 : les deux catalogues doivent être ouverts</translation>
    </message>
    <message>
        <location filename="../core/catalog/publish.cpp" line="204"/>
        <source>Publishing %1: the module is already in that catalog</source>
        <translation>Publication de %1 : le module est déjà dans ce catalogue</translation>
    </message>
    <message>
        <location filename="../core/catalog/publish.cpp" line="217"/>
        <source>There is no module %1 in %2</source>
        <translation>Il n&apos;y a pas de module %1 dans %2</translation>
    </message>
    <message>
        <location filename="../core/catalog/publish.cpp" line="218"/>
        <source>%1 refers to %2, which is not in %3</source>
        <translation>%1 fait référence à %2, qui n&apos;est pas dans %3</translation>
    </message>
    <message>
        <location filename="../core/catalog/publish.cpp" line="277"/>
        <source>%1 is deleted in %2 (restore it there, or publish under another path)</source>
        <translation>%1 est supprimé dans %2 (restaurez-le là-bas, ou publiez sous un autre chemin)</translation>
    </message>
    <message>
        <location filename="../core/catalog/publish.cpp" line="291"/>
        <source>%1 has other content in %2 (version %3 by %4)</source>
        <translation>%1 a un autre contenu dans %2 (version %3 par %4)</translation>
    </message>
    <message>
        <location filename="../core/catalog/publish.cpp" line="324"/>
        <source>Nothing was published:
%1</source>
        <translation>Rien n&apos;a été publié :
%1</translation>
    </message>
    <message>
        <location filename="../core/catalog/publish.cpp" line="326"/>
        <source>Nothing was published: pinned image versions cannot be carried over:
%1</source>
        <translation>Rien n&apos;a été publié : des versions d&apos;image fixées ne peuvent pas être reprises :
%1</translation>
    </message>
    <message>
        <location filename="../core/catalog/publish.cpp" line="340"/>
        <source>%1 changed in %2 while it was being published (version %3 became %4); publish again</source>
        <translation>%1 a changé dans %2 pendant sa publication (la version %3 est devenue %4) ; publiez à nouveau</translation>
    </message>
    <message>
        <location filename="../core/catalog/publish.cpp" line="349"/>
        <source>Nothing was published: %1</source>
        <translation>Rien n&apos;a été publié : %1</translation>
    </message>
</context>
<context>
    <name>Slipway::ApplicationRunHost</name>
    <message>
        <location filename="../ui/runs/applicationrunhost.cpp" line="60"/>
        <source>Another Slipway process (%1, pid %2) hosts the runs of this catalog: end it first, or use it.</source>
        <translation>Un autre processus Slipway (%1, pid %2) héberge les exécutions de ce catalogue : arrêtez-le d&apos;abord, ou utilisez-le.</translation>
    </message>
</context>
<context>
    <name>Slipway::AuthorizationEditor</name>
    <message>
        <location filename="../ui/authorizationeditor.cpp" line="47"/>
        <source>Public: everybody may see this module</source>
        <translation>Public : tout le monde peut voir ce module</translation>
    </message>
    <message>
        <location filename="../ui/authorizationeditor.cpp" line="61"/>
        <source>user names, separated by commas</source>
        <translation>noms d&apos;utilisateur, séparés par des virgules</translation>
    </message>
    <message>
        <location filename="../ui/authorizationeditor.cpp" line="64"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Propriétaire :</translation>
    </message>
    <message>
        <location filename="../ui/authorizationeditor.cpp" line="65"/>
        <source>&amp;Group members:</source>
        <translation>Membres du &amp;groupe :</translation>
    </message>
    <message>
        <location filename="../ui/authorizationeditor.cpp" line="68"/>
        <source>Rights</source>
        <translation>Droits</translation>
    </message>
    <message>
        <location filename="../ui/authorizationeditor.cpp" line="70"/>
        <source>Get</source>
        <translation>Lire</translation>
    </message>
    <message>
        <location filename="../ui/authorizationeditor.cpp" line="71"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../ui/authorizationeditor.cpp" line="72"/>
        <source>Run</source>
        <translation>Lancer</translation>
    </message>
    <message>
        <location filename="../ui/authorizationeditor.cpp" line="73"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/authorizationeditor.cpp" line="74"/>
        <source>Create children</source>
        <translation>Créer des enfants</translation>
    </message>
    <message>
        <location filename="../ui/authorizationeditor.cpp" line="75"/>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <location filename="../ui/authorizationeditor.cpp" line="75"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location filename="../ui/authorizationeditor.cpp" line="75"/>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <location filename="../ui/authorizationeditor.cpp" line="86"/>
        <source>%1 may %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/authorizationeditor.cpp" line="101"/>
        <source>The local catalog enforces nothing: anyone who can open its file can read, change, run or delete this module whatever the grid below says. The grid takes effect in a team catalog, whose server enforces it for every member.</source>
        <translation>Le catalogue local n&apos;impose rien : quiconque peut ouvrir son fichier peut lire, modifier, exécuter ou supprimer ce module, quoi qu&apos;indique la grille ci-dessous. La grille prend effet dans un catalogue d&apos;équipe, dont le serveur l&apos;impose à chaque membre.</translation>
    </message>
    <message>
        <location filename="../ui/authorizationeditor.cpp" line="106"/>
        <source>&amp;Publish to Team Catalog…</source>
        <translation>&amp;Publier dans le catalogue d&apos;équipe…</translation>
    </message>
    <message>
        <location filename="../ui/authorizationeditor.cpp" line="112"/>
        <source>role names, separated by commas</source>
        <translation>noms de rôles, séparés par des virgules</translation>
    </message>
    <message>
        <location filename="../ui/authorizationeditor.cpp" line="152"/>
        <source>Set by the server: the role that created the module</source>
        <translation>Défini par le serveur : le rôle qui a créé le module</translation>
    </message>
    <message>
        <location filename="../ui/authorizationeditor.cpp" line="160"/>
        <source>The team catalog&apos;s server enforces this grid for every member. You own this module: your changes take effect when you save.</source>
        <translation>Le serveur du catalogue d&apos;équipe impose cette grille à chaque membre. Ce module vous appartient : vos modifications prennent effet à l&apos;enregistrement.</translation>
    </message>
    <message>
        <location filename="../ui/authorizationeditor.cpp" line="162"/>
        <source>Read-only: only the owner of this module (%1) may change who may do what with it, and the server refuses anyone else. You are connected as %2.</source>
        <translation>Lecture seule : seul le propriétaire de ce module (%1) peut changer qui peut en faire quoi, et le serveur refuse tout autre. Vous êtes connecté en tant que %2.</translation>
    </message>
</context>
<context>
    <name>Slipway::BaseImageMaker</name>
    <message>
        <location filename="../ui/baseimagemaker.cpp" line="82"/>
        <source>No Debian mirror is named in /etc/apt: the base image is made from one.</source>
        <translation>Aucun miroir Debian n&apos;est indiqué dans /etc/apt : l&apos;image de base est faite à partir de l&apos;un d&apos;eux.</translation>
    </message>
    <message>
        <location filename="../ui/baseimagemaker.cpp" line="87"/>
        <source>No temporary folder for the base image: %1</source>
        <translation>Pas de dossier temporaire pour l&apos;image de base : %1</translation>
    </message>
    <message>
        <location filename="../ui/baseimagemaker.cpp" line="104"/>
        <source>mmdebstrap cannot be started: install it (Debian package mmdebstrap) to make the base image.</source>
        <translation>mmdebstrap ne peut pas être démarré : installez-le (paquet Debian mmdebstrap) pour faire l&apos;image de base.</translation>
    </message>
    <message>
        <location filename="../ui/baseimagemaker.cpp" line="110"/>
        <source>Bootstrapping Debian 13 from %1</source>
        <translation>Amorçage de Debian 13 depuis %1</translation>
    </message>
    <message>
        <location filename="../ui/baseimagemaker.cpp" line="146"/>
        <location filename="../ui/baseimagemaker.cpp" line="171"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location filename="../ui/baseimagemaker.cpp" line="150"/>
        <source>mmdebstrap failed (exit status %1):
%2</source>
        <translation>mmdebstrap a échoué (code de sortie %1) :
%2</translation>
    </message>
    <message>
        <location filename="../ui/baseimagemaker.cpp" line="154"/>
        <source>Importing %1 into %2</source>
        <translation>Importation de %1 dans %2</translation>
    </message>
    <message>
        <location filename="../ui/baseimagemaker.cpp" line="159"/>
        <source>%1 cannot be started: install Podman (or Docker) for local containers.</source>
        <translation>%1 ne peut pas être démarré : installez Podman (ou Docker) pour les conteneurs locaux.</translation>
    </message>
    <message>
        <location filename="../ui/baseimagemaker.cpp" line="175"/>
        <source>%1 import failed: %2</source>
        <translation>Échec de l&apos;importation par %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/baseimagemaker.cpp" line="179"/>
        <source>Made %1</source>
        <translation>%1 créée</translation>
    </message>
    <message>
        <location filename="../ui/baseimagemaker.cpp" line="180"/>
        <source>The base image %1 is ready.</source>
        <translation>L&apos;image de base %1 est prête.</translation>
    </message>
</context>
<context>
    <name>Slipway::Broker</name>
    <message>
        <location filename="../core/broker/broker.cpp" line="141"/>
        <source>The broker is stopping; ask again.</source>
        <translation>Le broker s&apos;arrête ; redemandez.</translation>
    </message>
    <message>
        <location filename="../core/broker/broker.cpp" line="150"/>
        <source>Plain HTTP is only allowed on the loopback interface, not on %1.</source>
        <translation>Le HTTP simple n&apos;est permis que sur l&apos;interface de bouclage, pas sur %1.</translation>
    </message>
    <message>
        <location filename="../core/broker/broker.cpp" line="163"/>
        <source>Cannot read %1.</source>
        <translation>Impossible de lire %1.</translation>
    </message>
    <message>
        <location filename="../core/broker/broker.cpp" line="169"/>
        <source>The broker&apos;s certificate in %1 is unreadable.</source>
        <translation>Le certificat du broker dans %1 est illisible.</translation>
    </message>
    <message>
        <location filename="../core/broker/broker.cpp" line="194"/>
        <location filename="../core/broker/broker.cpp" line="247"/>
        <source>The broker cannot listen on %1 port %2: %3</source>
        <translation>Le broker ne peut pas écouter sur %1 port %2 : %3</translation>
    </message>
    <message>
        <location filename="../core/broker/broker.cpp" line="237"/>
        <source>The broker is not listening.</source>
        <translation>Le broker n&apos;écoute pas.</translation>
    </message>
    <message>
        <location filename="../core/broker/broker.cpp" line="480"/>
        <source>The broker&apos;s database is busy: the abort is not stored yet. Ask again.</source>
        <translation>La base de données du broker est occupée : l&apos;avortement n&apos;est pas encore enregistré. Redemandez.</translation>
    </message>
    <message>
        <location filename="../core/broker/broker.cpp" line="500"/>
        <source>Use PUT to replace the token.</source>
        <translation>Utilisez PUT pour remplacer le jeton.</translation>
    </message>
    <message>
        <location filename="../core/broker/broker.cpp" line="504"/>
        <source>The broker&apos;s database is busy: the new token is not stored yet. Ask again with the same one.</source>
        <translation>La base de données du broker est occupée : le nouveau jeton n&apos;est pas encore enregistré. Redemandez avec le même.</translation>
    </message>
    <message>
        <location filename="../core/broker/broker.cpp" line="515"/>
        <source>Use POST to send output.</source>
        <translation>Utilisez POST pour envoyer la sortie.</translation>
    </message>
    <message>
        <location filename="../core/broker/broker.cpp" line="517"/>
        <source>A node sends only its own instance&apos;s output.</source>
        <translation>Un nœud n&apos;envoie que la sortie de sa propre instance.</translation>
    </message>
    <message>
        <location filename="../core/broker/broker.cpp" line="520"/>
        <source>An output chunk may have at most %1 bytes.</source>
        <translation>Un fragment de sortie peut avoir au plus %1 octets.</translation>
    </message>
    <message>
        <location filename="../core/broker/broker.cpp" line="535"/>
        <source>The broker&apos;s database is busy: the report is not stored yet. Ask again.</source>
        <translation>La base de données du broker est occupée : le rapport n&apos;est pas encore enregistré. Redemandez.</translation>
    </message>
    <message>
        <location filename="../core/broker/broker.cpp" line="623"/>
        <source>The broker&apos;s database is busy: the value is not stored yet. Ask again.</source>
        <translation>La base de données du broker est occupée : la valeur n&apos;est pas encore enregistrée. Redemandez.</translation>
    </message>
    <message>
        <location filename="../core/broker/broker.cpp" line="699"/>
        <source>The run has ended: its tokens are no longer valid.</source>
        <translation>L&apos;exécution est terminée : ses jetons ne sont plus valides.</translation>
    </message>
    <message>
        <source>The broker cannot serve on port %1.</source>
        <translation type="vanished">Le broker ne peut pas servir sur le port %1.</translation>
    </message>
    <message>
        <location filename="../core/broker/broker.cpp" line="429"/>
        <location filename="../core/broker/broker.cpp" line="558"/>
        <source>Use GET.</source>
        <translation>Utilisez GET.</translation>
    </message>
    <message>
        <location filename="../core/broker/broker.cpp" line="440"/>
        <source>There is no tool of this name.</source>
        <translation>Il n&apos;y a pas d&apos;outil de ce nom.</translation>
    </message>
    <message>
        <location filename="../core/broker/broker.cpp" line="449"/>
        <location filename="../core/broker/broker.cpp" line="542"/>
        <location filename="../core/broker/broker.cpp" line="572"/>
        <source>There is no such route; see the broker&apos;s API.</source>
        <translation>Cette route n&apos;existe pas ; voyez l&apos;API du broker.</translation>
    </message>
    <message>
        <location filename="../core/broker/broker.cpp" line="459"/>
        <source>Send the node&apos;s token (Authorization: Bearer) and its instance name (X-Slipway-Instance).</source>
        <translation>Envoyez le jeton du nœud (Authorization: Bearer) et son nom d&apos;instance (X-Slipway-Instance).</translation>
    </message>
    <message>
        <location filename="../core/broker/broker.cpp" line="366"/>
        <location filename="../core/broker/broker.cpp" line="463"/>
        <source>The token is not valid for this run and instance.</source>
        <translation>Le jeton n&apos;est pas valide pour cette exécution et cette instance.</translation>
    </message>
    <message>
        <location filename="../core/broker/broker.cpp" line="472"/>
        <source>Use POST to abort, DELETE to cancel the abort.</source>
        <translation>Utilisez POST pour avorter, DELETE pour annuler l&apos;avortement.</translation>
    </message>
    <message>
        <location filename="../core/broker/broker.cpp" line="474"/>
        <source>The abort reason is too long.</source>
        <translation>La raison de l&apos;avortement est trop longue.</translation>
    </message>
    <message>
        <location filename="../core/broker/broker.cpp" line="477"/>
        <source>The abort reason is not UTF-8 text.</source>
        <translation>La raison de l&apos;avortement n&apos;est pas du texte UTF-8.</translation>
    </message>
    <message>
        <source>The broker could not store the abort.</source>
        <translation type="vanished">Le broker n&apos;a pas pu enregistrer l&apos;avortement.</translation>
    </message>
    <message>
        <location filename="../core/broker/broker.cpp" line="528"/>
        <source>Use PUT to upload a report file.</source>
        <translation>Utilisez PUT pour envoyer un fichier de rapport.</translation>
    </message>
    <message>
        <location filename="../core/broker/broker.cpp" line="531"/>
        <source>A report file may have at most %1 bytes.</source>
        <translation>Un fichier de rapport peut avoir au plus %1 octets.</translation>
    </message>
    <message>
        <source>The broker could not store the report.</source>
        <translation type="vanished">Le broker n&apos;a pas pu enregistrer le rapport.</translation>
    </message>
    <message>
        <location filename="../core/broker/broker.cpp" line="585"/>
        <source>timeout must be a number of seconds, 0 or more.</source>
        <translation>timeout doit être un nombre de secondes, 0 ou plus.</translation>
    </message>
    <message>
        <location filename="../core/broker/broker.cpp" line="615"/>
        <source>A value may have at most %1 characters.</source>
        <translation>Une valeur peut avoir au plus %1 caractères.</translation>
    </message>
    <message>
        <location filename="../core/broker/broker.cpp" line="619"/>
        <source>The value is not UTF-8 text.</source>
        <translation>La valeur n&apos;est pas du texte UTF-8.</translation>
    </message>
    <message>
        <source>The broker could not store the value.</source>
        <translation type="vanished">Le broker n&apos;a pas pu enregistrer la valeur.</translation>
    </message>
    <message>
        <location filename="../core/broker/broker.cpp" line="630"/>
        <source>Use GET to read a parameter and PUT to set it.</source>
        <translation>Utilisez GET pour lire un paramètre et PUT pour le définir.</translation>
    </message>
    <message>
        <location filename="../core/broker/broker.cpp" line="643"/>
        <source>The broker cannot park more requests; ask again.</source>
        <translation>Le broker ne peut pas mettre plus de requêtes en attente ; redemandez.</translation>
    </message>
</context>
<context>
    <name>Slipway::BrokerCertificates</name>
    <message>
        <location filename="../core/broker/brokercertificates.cpp" line="179"/>
        <location filename="../core/broker/brokercertificates.cpp" line="287"/>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <location filename="../core/broker/brokercertificates.cpp" line="203"/>
        <source>OpenSSL could not make a key.</source>
        <translation>OpenSSL n&apos;a pas pu créer de clé.</translation>
    </message>
    <message>
        <location filename="../core/broker/brokercertificates.cpp" line="209"/>
        <source>OpenSSL could not make the broker&apos;s CA certificate.</source>
        <translation>OpenSSL n&apos;a pas pu créer le certificat d&apos;autorité du broker.</translation>
    </message>
    <message>
        <location filename="../core/broker/brokercertificates.cpp" line="249"/>
        <source>OpenSSL could not make the broker&apos;s server certificate.</source>
        <translation>OpenSSL n&apos;a pas pu créer le certificat serveur du broker.</translation>
    </message>
    <message>
        <location filename="../core/broker/brokercertificates.cpp" line="263"/>
        <source>Name the relay&apos;s host (a DNS name or an IP address) for its certificate.</source>
        <translation>Indiquez l&apos;hôte du relais (un nom DNS ou une adresse IP) pour son certificat.</translation>
    </message>
    <message>
        <location filename="../core/broker/brokercertificates.cpp" line="270"/>
        <source>The broker&apos;s CA in %1 is unreadable.</source>
        <translation>L&apos;autorité de certification du broker dans %1 est illisible.</translation>
    </message>
    <message>
        <location filename="../core/broker/brokercertificates.cpp" line="275"/>
        <source>&quot;%1&quot; is not a host name or an IP address.</source>
        <translation>« %1 » n&apos;est ni un nom d&apos;hôte ni une adresse IP.</translation>
    </message>
    <message>
        <location filename="../core/broker/brokercertificates.cpp" line="285"/>
        <source>OpenSSL could not make the relay&apos;s certificate.</source>
        <translation>OpenSSL n&apos;a pas pu créer le certificat du relais.</translation>
    </message>
</context>
<context>
    <name>Slipway::BuildDialog</name>
    <message>
        <location filename="../ui/builddialog.cpp" line="26"/>
        <source>Build %1</source>
        <translation>Construire %1</translation>
    </message>
    <message>
        <location filename="../ui/builddialog.cpp" line="29"/>
        <source>Build &lt;b&gt;%1&lt;/b&gt; on the clouds checked below; each build is a run you can follow and abort.</source>
        <translation>Construire &lt;b&gt;%1&lt;/b&gt; sur les clouds cochés ci-dessous ; chaque construction est une exécution que vous pouvez suivre et interrompre.</translation>
    </message>
    <message>
        <location filename="../ui/builddialog.cpp" line="37"/>
        <source>&amp;Build</source>
        <translation>&amp;Construire</translation>
    </message>
    <message>
        <location filename="../ui/builddialog.cpp" line="52"/>
        <source>not built</source>
        <translation>non construite</translation>
    </message>
    <message>
        <location filename="../ui/builddialog.cpp" line="54"/>
        <source>stale: %1</source>
        <translation>périmée : %1</translation>
    </message>
    <message>
        <location filename="../ui/builddialog.cpp" line="57"/>
        <source>built %1</source>
        <translation>construite %1</translation>
    </message>
    <message>
        <location filename="../ui/builddialog.cpp" line="67"/>
        <source>No cloud can build images: add one in Settings.</source>
        <translation>Aucun cloud ne peut construire d&apos;images : ajoutez-en un dans les Paramètres.</translation>
    </message>
</context>
<context>
    <name>Slipway::Catalog</name>
    <message>
        <source>Cannot create the folder %1 for the catalog</source>
        <translation type="vanished">Impossible de créer le dossier %1 pour le catalogue</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="138"/>
        <location filename="../core/catalog/catalog.cpp" line="145"/>
        <source>Cannot open the catalog %1: %2</source>
        <translation>Impossible d&apos;ouvrir le catalogue %1 : %2</translation>
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
        <translation>Le catalogue n&apos;est pas ouvert</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="1205"/>
        <source>Reading the history of %1</source>
        <translation>Lecture de l&apos;historique de %1</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="411"/>
        <location filename="../core/catalog/catalog.cpp" line="467"/>
        <location filename="../core/catalog/catalog.cpp" line="1217"/>
        <location filename="../core/catalog/catalog.cpp" line="1334"/>
        <location filename="../core/catalog/catalog.cpp" line="1566"/>
        <source>There is no module %1 in the catalog</source>
        <translation>Il n&apos;y a pas de module %1 dans le catalogue</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="228"/>
        <source>%1: the team catalog&apos;s server refused it: %2</source>
        <translation>%1 : le serveur du catalogue d&apos;équipe l&apos;a refusé : %2</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="232"/>
        <source>%1: the catalog %2 is busy (another Slipway is writing to it); try again</source>
        <translation>%1 : le catalogue %2 est occupé (un autre Slipway y écrit) ; réessayez</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="236"/>
        <source>%1: the disk holding %2 is full</source>
        <translation>%1 : le disque qui contient %2 est plein</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="238"/>
        <source>%1: the connection to the catalog server %2 was lost (%3); nothing of this change was saved</source>
        <translation>%1 : la connexion au serveur de catalogue %2 a été perdue (%3) ; rien de cette modification n&apos;a été enregistré</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="244"/>
        <source>%1: %2 (%3)</source>
        <translation>%1 : %2 (%3)</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="254"/>
        <location filename="../core/catalog/catalog.cpp" line="308"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="324"/>
        <location filename="../core/catalog/catalog.cpp" line="326"/>
        <source>Starting a change</source>
        <translation>Début d&apos;une modification</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="331"/>
        <location filename="../core/catalog/catalog.cpp" line="332"/>
        <source>Saving a change</source>
        <translation>Enregistrement d&apos;une modification</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="377"/>
        <location filename="../core/catalog/catalog.cpp" line="405"/>
        <location filename="../core/catalog/catalog.cpp" line="474"/>
        <location filename="../core/catalog/catalog.cpp" line="1054"/>
        <source>Reading %1</source>
        <translation>Lecture de %1</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="418"/>
        <location filename="../core/catalog/catalog.cpp" line="469"/>
        <source>%1 is deleted (restore it to use it)</source>
        <translation>%1 est supprimé (restaurez-le pour l&apos;utiliser)</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="441"/>
        <location filename="../core/catalog/catalog.cpp" line="493"/>
        <source>Version %1 of %2 cannot be read: %3</source>
        <translation>La version %1 de %2 ne peut pas être lue : %3</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="510"/>
        <source>Reading who may do what</source>
        <translation>Lecture de qui peut faire quoi</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="538"/>
        <source>%1: only its owner (%2) may change who may do what with it</source>
        <translation>%1 : seul son propriétaire (%2) peut changer qui peut en faire quoi</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="558"/>
        <source>Reading built images</source>
        <translation>Lecture des images construites</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="579"/>
        <location filename="../core/catalog/catalog.cpp" line="586"/>
        <source>Updating the search index</source>
        <translation>Mise à jour de l&apos;index de recherche</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="623"/>
        <source>%1 was removed from the catalog since version %2 that this edit started from</source>
        <translation>%1 a été retiré du catalogue depuis la version %2 dont part cette modification</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="628"/>
        <source>%1 was created meanwhile by %2 (version %3): reload it, save this edit as its next version, or save it under another path</source>
        <translation>%1 a été créé entre-temps par %2 (version %3) : rechargez-le, enregistrez cette modification comme sa version suivante, ou enregistrez-la sous un autre chemin</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="633"/>
        <source>%1 changed since version %2 that this edit started from: %3 saved version %4 (%5); reload it, save this edit as version %6, or save it under another path</source>
        <translation>%1 a changé depuis la version %2 dont part cette modification : %3 a enregistré la version %4 (%5) ; rechargez-le, enregistrez cette modification comme version %6, ou enregistrez-la sous un autre chemin</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="640"/>
        <source>no comment</source>
        <translation>sans commentaire</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="655"/>
        <source>&quot;%1&quot; is not a valid module path: use segments of letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos; separated by &apos;/&apos;</source>
        <translation>« %1 » n&apos;est pas un chemin de module valide : utilisez des segments de lettres, de chiffres, « - », « _ » et « . » séparés par « / »</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="664"/>
        <source>Saving %1</source>
        <translation>Enregistrement de %1</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="694"/>
        <source>%1 is deleted: restore it, or save under another path</source>
        <translation>%1 est supprimé : restaurez-le, ou enregistrez sous un autre chemin</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="735"/>
        <source>%1: the new module got no id</source>
        <translation>%1 : le nouveau module n&apos;a pas reçu d&apos;identifiant</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="762"/>
        <source>%1: the new version got no id</source>
        <translation>%1 : la nouvelle version n&apos;a pas reçu d&apos;identifiant</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/catalog/catalog.cpp" line="833"/>
        <source>Importing %n module(s)</source>
        <translation>
            <numerusform>Importation de %n module</numerusform>
            <numerusform>Importation de %n modules</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="918"/>
        <source>%1: %2 of %3 new modules got an id</source>
        <translation>%1 : %2 des %3 nouveaux modules ont reçu un identifiant</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="998"/>
        <source>%1: %2 of %3 versions were saved</source>
        <translation>%1 : %2 des %3 versions ont été enregistrées</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="1166"/>
        <source>Reading the rights on %1</source>
        <translation>Lecture des droits sur %1</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="1236"/>
        <source>Listing the catalog</source>
        <translation>Liste du catalogue</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="1292"/>
        <source>Revert to version %1</source>
        <translation>Retour à la version %1</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="1326"/>
        <source>&quot;%1&quot; is not a valid module path</source>
        <translation>« %1 » n&apos;est pas un chemin de module valide</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="1328"/>
        <source>Cannot move %1 into itself (%2)</source>
        <translation>Impossible de déplacer %1 dans lui-même (%2)</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="1346"/>
        <source>Cannot move %1 to %2: a deleted module has that path (restore and remove it, or choose another path)</source>
        <translation>Impossible de déplacer %1 vers %2 : un module supprimé a ce chemin (restaurez-le et retirez-le, ou choisissez un autre chemin)</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="1349"/>
        <source>Cannot move %1 to %2: that path is taken</source>
        <translation>Impossible de déplacer %1 vers %2 : ce chemin est pris</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="1355"/>
        <location filename="../core/catalog/catalog.cpp" line="1361"/>
        <source>Moving %1</source>
        <translation>Déplacement de %1</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="1381"/>
        <source>Moved from %1</source>
        <translation>Déplacé depuis %1</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="284"/>
        <source>Finding references to %1</source>
        <translation>Recherche des références à %1</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="1402"/>
        <source>Follow the move of %1 to %2</source>
        <translation>Suivre le déplacement de %1 vers %2</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="1428"/>
        <source>Deleting %1</source>
        <translation>Suppression de %1</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="1436"/>
        <source>There is no module %1 to delete</source>
        <translation>Il n&apos;y a pas de module %1 à supprimer</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="1457"/>
        <source>Restoring %1</source>
        <translation>Restauration de %1</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="1468"/>
        <source>There is no deleted module %1 to restore</source>
        <translation>Il n&apos;y a pas de module supprimé %1 à restaurer</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="1509"/>
        <source>Searching the catalog</source>
        <translation>Recherche dans le catalogue</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="1560"/>
        <source>A built image needs a cloud and an image id</source>
        <translation>Une image construite demande un cloud et un identifiant d&apos;image</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="1568"/>
        <source>%1 is not an image</source>
        <translation>%1 n&apos;est pas une image</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="1573"/>
        <location filename="../core/catalog/catalog.cpp" line="1598"/>
        <source>Recording a built image of %1</source>
        <translation>Enregistrement d&apos;une image construite de %1</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="422"/>
        <location filename="../core/catalog/catalog.cpp" line="480"/>
        <location filename="../core/catalog/catalog.cpp" line="1591"/>
        <source>%1 has no version %2</source>
        <translation>%1 n&apos;a pas de version %2</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="1618"/>
        <source>Catalog transactions do not nest</source>
        <translation>Les transactions du catalogue ne s&apos;imbriquent pas</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="1646"/>
        <location filename="../core/catalog/catalog.cpp" line="1655"/>
        <location filename="../core/catalog/catalog.cpp" line="1660"/>
        <source>Importing</source>
        <translation>Importation</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="1672"/>
        <source>%1 (version %2): %3</source>
        <translation>%1 (version %2) : %3</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="1686"/>
        <location filename="../core/catalog/catalog.cpp" line="1707"/>
        <source>Importing %1</source>
        <translation>Import de %1</translation>
    </message>
</context>
<context>
    <name>Slipway::Catalog::Private</name>
    <message>
        <source>%1: the catalog %2 is busy (another Slipway is writing to it); try again</source>
        <translation type="vanished">%1 : le catalogue %2 est occupé (un autre Slipway y écrit) ; réessayez</translation>
    </message>
    <message>
        <source>%1: the disk holding %2 is full</source>
        <translation type="vanished">%1 : le disque qui contient %2 est plein</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="vanished">%1 : %2 (%3)</translation>
    </message>
    <message>
        <source>Starting a change</source>
        <translation type="vanished">Début d&apos;une modification</translation>
    </message>
    <message>
        <source>Saving a change</source>
        <translation type="vanished">Enregistrement d&apos;une modification</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation type="vanished">Lecture de %1</translation>
    </message>
    <message>
        <source>There is no module %1 in the catalog</source>
        <translation type="vanished">Il n&apos;y a pas de module %1 dans le catalogue</translation>
    </message>
    <message>
        <source>%1 is deleted (restore it to use it)</source>
        <translation type="vanished">%1 est supprimé (restaurez-le pour l&apos;utiliser)</translation>
    </message>
    <message>
        <source>%1 has no version %2</source>
        <translation type="vanished">%1 n&apos;a pas de version %2</translation>
    </message>
    <message>
        <source>Version %1 of %2 cannot be read: %3</source>
        <translation type="vanished">La version %1 de %2 ne peut pas être lue : %3</translation>
    </message>
    <message>
        <source>Reading built images</source>
        <translation type="vanished">Lecture des images construites</translation>
    </message>
    <message>
        <source>Updating the search index</source>
        <translation type="vanished">Mise à jour de l&apos;index de recherche</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid module path: use segments of letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos; separated by &apos;/&apos;</source>
        <translation type="vanished">« %1 » n&apos;est pas un chemin de module valide : utilisez des segments de lettres, de chiffres, « - », « _ » et « . » séparés par « / »</translation>
    </message>
    <message>
        <source>Saving %1</source>
        <translation type="vanished">Enregistrement de %1</translation>
    </message>
    <message>
        <source>%1 is deleted: restore it, or save under another path</source>
        <translation type="vanished">%1 est supprimé : restaurez-le, ou enregistrez sous un autre chemin</translation>
    </message>
    <message>
        <source>the file is an SQLite database of another program</source>
        <translation type="vanished">le fichier est une base SQLite d&apos;un autre programme</translation>
    </message>
    <message>
        <source>it was made by a newer Slipway (schema %1; this one knows up to %2)</source>
        <translation type="vanished">il a été créé par un Slipway plus récent (schéma %1 ; celui-ci connaît jusqu&apos;au %2)</translation>
    </message>
    <message>
        <source>Upgrading the schema</source>
        <translation type="vanished">Mise à niveau du schéma</translation>
    </message>
    <message>
        <source>upgrading the schema from version %1 failed: %2</source>
        <translation type="vanished">la mise à niveau du schéma depuis la version %1 a échoué : %2</translation>
    </message>
</context>
<context>
    <name>Slipway::CatalogCommand</name>
    <message>
        <location filename="../ui/commands/catalogcommand.cpp" line="13"/>
        <source>Rename %1 to %2</source>
        <translation>Renommer %1 en %2</translation>
    </message>
    <message>
        <location filename="../ui/commands/catalogcommand.cpp" line="15"/>
        <source>Move %1 to %2</source>
        <translation>Déplacer %1 vers %2</translation>
    </message>
    <message>
        <location filename="../ui/commands/catalogcommand.cpp" line="28"/>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
</context>
<context>
    <name>Slipway::CatalogModel</name>
    <message>
        <location filename="../ui/models/catalogmodel.cpp" line="70"/>
        <location filename="../ui/models/catalogmodel.cpp" line="136"/>
        <source>Local catalog</source>
        <translation>Catalogue local</translation>
    </message>
    <message>
        <location filename="../ui/models/catalogmodel.cpp" line="482"/>
        <source>The local catalog: %1</source>
        <translation>Le catalogue local : %1</translation>
    </message>
    <message>
        <location filename="../ui/models/catalogmodel.cpp" line="483"/>
        <source>The team catalog %1: %2</source>
        <translation>Le catalogue d&apos;équipe %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/models/catalogmodel.cpp" line="508"/>
        <source>%1 (folder)</source>
        <translation>%1 (dossier)</translation>
    </message>
    <message>
        <location filename="../ui/models/catalogmodel.cpp" line="510"/>
        <source>%1 (deleted)</source>
        <translation>%1 (supprimé)</translation>
    </message>
</context>
<context>
    <name>Slipway::Checker</name>
    <message>
        <location filename="../core/model/validation.cpp" line="55"/>
        <source>&quot;%1&quot; is not a valid module path: use segments of letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos; separated by &apos;/&apos;</source>
        <translation>« %1 » n&apos;est pas un chemin de module valide : utilisez des segments de lettres, de chiffres, « - », « _ » et « . » séparés par « / »</translation>
    </message>
    <message>
        <location filename="../core/model/validation.cpp" line="71"/>
        <source>&quot;%1&quot; is not a valid parameter name: start with a letter or &apos;_&apos;, then letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;</source>
        <translation>« %1 » n&apos;est pas un nom de paramètre valide : commencez par une lettre ou « _ », puis des lettres, des chiffres, « - », « _ » ou « . »</translation>
    </message>
    <message>
        <location filename="../core/model/validation.cpp" line="75"/>
        <source>the parameter %1 is defined twice</source>
        <translation>le paramètre %1 est défini deux fois</translation>
    </message>
    <message>
        <location filename="../core/model/validation.cpp" line="80"/>
        <source>%1 is an output of every image and cannot be an input</source>
        <translation>%1 est une sortie de toute image et ne peut pas être une entrée</translation>
    </message>
    <message>
        <location filename="../core/model/validation.cpp" line="82"/>
        <source>the enumeration %1 has no values</source>
        <translation>l&apos;énumération %1 n&apos;a pas de valeurs</translation>
    </message>
    <message>
        <location filename="../core/model/validation.cpp" line="86"/>
        <source>the default &quot;%1&quot; is not one of the values of %2</source>
        <translation>la valeur par défaut « %1 » n&apos;est pas une des valeurs de %2</translation>
    </message>
    <message>
        <location filename="../core/model/validation.cpp" line="107"/>
        <source>the native image %1 has no image id for the cloud %2: set one in its cloud image ids</source>
        <translation>l&apos;image native %1 n&apos;a pas d&apos;identifiant pour le cloud %2 : définissez-en un dans ses identifiants par cloud</translation>
    </message>
    <message>
        <location filename="../core/model/validation.cpp" line="121"/>
        <source>%1 cannot be built for the cloud %2: its native image %3 has no image id there</source>
        <translation>%1 ne peut pas être construite pour le cloud %2 : son image native %3 n&apos;y a pas d&apos;identifiant</translation>
    </message>
    <message>
        <location filename="../core/model/validation.cpp" line="128"/>
        <source>%1 is not built for the cloud %2 yet: a launch builds it first</source>
        <translation>%1 n&apos;est pas encore construite pour le cloud %2 : un lancement la construira d&apos;abord</translation>
    </message>
    <message>
        <location filename="../core/model/validation.cpp" line="140"/>
        <source>a native image has no parent: clear the parent or the native flag</source>
        <translation>une image native n&apos;a pas de parent : videz le parent ou l&apos;indicateur natif</translation>
    </message>
    <message>
        <location filename="../core/model/validation.cpp" line="143"/>
        <source>a derived image needs a parent image (or mark it native)</source>
        <translation>une image dérivée demande une image parente (ou marquez-la native)</translation>
    </message>
    <message>
        <location filename="../core/model/validation.cpp" line="146"/>
        <source>&quot;%1&quot; is not a valid module path</source>
        <translation>« %1 » n&apos;est pas un chemin de module valide</translation>
    </message>
    <message>
        <location filename="../core/model/validation.cpp" line="159"/>
        <source>an image id needs both a cloud and an id</source>
        <translation>un identifiant d&apos;image demande un cloud et un identifiant</translation>
    </message>
    <message>
        <location filename="../core/model/validation.cpp" line="162"/>
        <source>the cloud %1 has two image ids</source>
        <translation>le cloud %1 a deux identifiants d&apos;image</translation>
    </message>
    <message>
        <location filename="../core/model/validation.cpp" line="172"/>
        <source>the deployment has no node</source>
        <translation>le déploiement n&apos;a pas de nœud</translation>
    </message>
    <message>
        <location filename="../core/model/validation.cpp" line="182"/>
        <source>&quot;%1&quot; is not a valid node name: start with a letter, then letters, digits, &apos;-&apos; or &apos;_&apos;</source>
        <translation>« %1 » n&apos;est pas un nom de nœud valide : commencez par une lettre, puis des lettres, des chiffres, « - » ou « _ »</translation>
    </message>
    <message>
        <location filename="../core/model/validation.cpp" line="186"/>
        <source>two nodes are named %1</source>
        <translation>deux nœuds se nomment %1</translation>
    </message>
    <message>
        <location filename="../core/model/validation.cpp" line="190"/>
        <source>the multiplicity of %1 is %2: it must be at least 1</source>
        <translation>la multiplicité de %1 est %2 : elle doit valoir au moins 1</translation>
    </message>
    <message>
        <location filename="../core/model/validation.cpp" line="195"/>
        <source>the number of provisioning failures allowed cannot be negative</source>
        <translation>le nombre d&apos;échecs de provisionnement permis ne peut pas être négatif</translation>
    </message>
    <message>
        <location filename="../core/model/validation.cpp" line="198"/>
        <source>the health check of %1 must run at least every second</source>
        <translation>l&apos;intervalle du contrôle de santé de %1 doit être d&apos;au moins une seconde</translation>
    </message>
    <message>
        <location filename="../core/model/validation.cpp" line="201"/>
        <source>the health check of %1 must fail at least once before the instance is unhealthy</source>
        <translation>le contrôle de santé de %1 doit échouer au moins une fois avant que l&apos;instance soit en mauvaise santé</translation>
    </message>
    <message>
        <location filename="../core/model/validation.cpp" line="207"/>
        <source>the node %1 has no image</source>
        <translation>le nœud %1 n&apos;a pas d&apos;image</translation>
    </message>
    <message>
        <location filename="../core/model/validation.cpp" line="213"/>
        <source>the image %1 has no version %2</source>
        <translation>l&apos;image %1 n&apos;a pas de version %2</translation>
    </message>
    <message>
        <location filename="../core/model/validation.cpp" line="214"/>
        <source>the image %1 does not exist</source>
        <translation>l&apos;image %1 n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../core/model/validation.cpp" line="216"/>
        <source>%1 is not an image</source>
        <translation>%1 n&apos;est pas une image</translation>
    </message>
    <message>
        <location filename="../core/model/validation.cpp" line="242"/>
        <source>the input %1 is mapped twice</source>
        <translation>l&apos;entrée %1 est reliée deux fois</translation>
    </message>
    <message>
        <location filename="../core/model/validation.cpp" line="248"/>
        <source>the image %1 has no input %2</source>
        <translation>l&apos;image %1 n&apos;a pas d&apos;entrée %2</translation>
    </message>
    <message>
        <location filename="../core/model/validation.cpp" line="251"/>
        <source>%1 is an output of %2, not an input</source>
        <translation>%1 est une sortie de %2, pas une entrée</translation>
    </message>
    <message>
        <location filename="../core/model/validation.cpp" line="262"/>
        <source>the mandatory input %1 of %2 has no value: map it to an output of another node or give it a value</source>
        <translation>l&apos;entrée obligatoire %1 de %2 n&apos;a pas de valeur : reliez-la à une sortie d&apos;un autre nœud ou donnez-lui une valeur</translation>
    </message>
    <message>
        <location filename="../core/model/validation.cpp" line="286"/>
        <source>&quot;%1&quot; is not an output reference: write othernode:parameter, or mark the value as literal</source>
        <translation>« %1 » n&apos;est pas une référence de sortie : écrivez autrenœud:paramètre, ou marquez la valeur comme littérale</translation>
    </message>
    <message>
        <location filename="../core/model/validation.cpp" line="293"/>
        <source>%1 is mapped to an output of its own node: map it to another node</source>
        <translation>%1 est reliée à une sortie de son propre nœud : reliez-la à un autre nœud</translation>
    </message>
    <message>
        <location filename="../core/model/validation.cpp" line="299"/>
        <source>%1 is mapped to %2, but the deployment has no node %3</source>
        <translation>%1 est reliée à %2, mais le déploiement n&apos;a pas de nœud %3</translation>
    </message>
    <message>
        <location filename="../core/model/validation.cpp" line="306"/>
        <source>%1 is mapped to %2, but the image of %3 has no output %4</source>
        <translation>%1 est reliée à %2, mais l&apos;image de %3 n&apos;a pas de sortie %4</translation>
    </message>
</context>
<context>
    <name>Slipway::ConflictDialog</name>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="36"/>
        <location filename="../ui/conflictdialog.cpp" line="40"/>
        <source>(no difference in content)</source>
        <translation>(aucune différence de contenu)</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="47"/>
        <source>%1 changed meanwhile</source>
        <translation>%1 a changé entre-temps</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="53"/>
        <source>&lt;b&gt;%1&lt;/b&gt; is no longer in the catalog.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; n&apos;est plus dans le catalogue.</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="54"/>
        <source>&lt;b&gt;%1&lt;/b&gt; saved version %2 of &lt;b&gt;%3&lt;/b&gt; on %4 (%5), after version %6 that your edit started from. Your edit was not saved.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; a enregistré la version %2 de &lt;b&gt;%3&lt;/b&gt; le %4 (%5), après la version %6 dont part votre modification. Votre modification n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="60"/>
        <source>no comment</source>
        <translation>sans commentaire</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="65"/>
        <source>Their change (v%1 → v%2)</source>
        <translation>Leur modification (v%1 → v%2)</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="68"/>
        <source>Your edit on top of v%1</source>
        <translation>Votre modification sur la v%1</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="72"/>
        <source>Another &amp;path:</source>
        <translation>Autre &amp;chemin :</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="75"/>
        <source>&amp;Reload (drop my edit)</source>
        <translation>&amp;Recharger (abandonner ma modification)</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="78"/>
        <source>Save as version %1</source>
        <translation>Enregistrer comme version %1</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="82"/>
        <source>Save under the other path</source>
        <translation>Enregistrer sous l&apos;autre chemin</translation>
    </message>
</context>
<context>
    <name>Slipway::Connector</name>
    <message>
        <location filename="../core/connector/connector.cpp" line="25"/>
        <source>The cloud “%1” cannot build images.</source>
        <translation>Le cloud « %1 » ne sait pas construire d&apos;images.</translation>
    </message>
</context>
<context>
    <name>Slipway::ConnectorOperation</name>
    <message>
        <location filename="../core/connector/connectoroperation.cpp" line="109"/>
        <source>The operation was cancelled.</source>
        <translation>L&apos;opération a été annulée.</translation>
    </message>
</context>
<context>
    <name>Slipway::ConnectorRegistry</name>
    <message>
        <location filename="../core/connector/connectorregistry.cpp" line="46"/>
        <source>The cloud “%1” is of the kind “%2”, which this Slipway does not know (it knows: %3).</source>
        <translation>Le cloud « %1 » est du genre « %2 », que ce Slipway ne connaît pas (il connaît : %3).</translation>
    </message>
</context>
<context>
    <name>Slipway::Database</name>
    <message>
        <location filename="../core/storage/database.cpp" line="56"/>
        <source>the Qt Sql driver %1 is missing</source>
        <translation>le pilote Qt Sql %1 est absent</translation>
    </message>
</context>
<context>
    <name>Slipway::DeploymentDiagram</name>
    <message>
        <location filename="../ui/diagram/deploymentdiagram.cpp" line="42"/>
        <source>Arrange</source>
        <translation>Disposer</translation>
    </message>
    <message>
        <location filename="../ui/diagram/deploymentdiagram.cpp" line="44"/>
        <source>Lay the nodes out automatically, producers left of their readers</source>
        <translation>Disposer les nœuds automatiquement, les producteurs à gauche de leurs lecteurs</translation>
    </message>
    <message>
        <location filename="../ui/diagram/deploymentdiagram.cpp" line="46"/>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <location filename="../ui/diagram/deploymentdiagram.cpp" line="47"/>
        <source>Zoom out (-, Ctrl+wheel)</source>
        <translation>Zoom arrière (-, Ctrl+molette)</translation>
    </message>
    <message>
        <location filename="../ui/diagram/deploymentdiagram.cpp" line="49"/>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <location filename="../ui/diagram/deploymentdiagram.cpp" line="50"/>
        <source>Zoom in (+, Ctrl+wheel)</source>
        <translation>Zoom avant (+, Ctrl+molette)</translation>
    </message>
    <message>
        <location filename="../ui/diagram/deploymentdiagram.cpp" line="51"/>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <location filename="../ui/diagram/deploymentdiagram.cpp" line="52"/>
        <source>Show the whole diagram (0)</source>
        <translation>Afficher tout le diagramme (0)</translation>
    </message>
    <message>
        <location filename="../ui/diagram/deploymentdiagram.cpp" line="54"/>
        <source>Export PNG…</source>
        <translation>Exporter en PNG…</translation>
    </message>
    <message>
        <location filename="../ui/diagram/deploymentdiagram.cpp" line="55"/>
        <source>Export SVG…</source>
        <translation>Exporter en SVG…</translation>
    </message>
    <message>
        <location filename="../ui/diagram/deploymentdiagram.cpp" line="59"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../ui/diagram/deploymentdiagram.cpp" line="64"/>
        <source>Automatic layout</source>
        <translation>Disposition automatique</translation>
    </message>
    <message>
        <location filename="../ui/diagram/deploymentdiagram.cpp" line="143"/>
        <location filename="../ui/diagram/deploymentdiagram.cpp" line="166"/>
        <source>The diagram is empty: there is nothing to export.</source>
        <translation>Le diagramme est vide : il n&apos;y a rien à exporter.</translation>
    </message>
    <message>
        <location filename="../ui/diagram/deploymentdiagram.cpp" line="146"/>
        <source>The diagram is too large for a PNG at this scale (%1 × %2 pixels); export it as SVG.</source>
        <translation>Le diagramme est trop grand pour un PNG à cette échelle (%1 × %2 pixels) ; exportez-le en SVG.</translation>
    </message>
    <message>
        <location filename="../ui/diagram/deploymentdiagram.cpp" line="158"/>
        <location filename="../ui/diagram/deploymentdiagram.cpp" line="181"/>
        <source>Could not write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <location filename="../ui/diagram/deploymentdiagram.cpp" line="170"/>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/diagram/deploymentdiagram.cpp" line="178"/>
        <source>Deployment diagram of %1</source>
        <translation>Diagramme de déploiement de %1</translation>
    </message>
    <message>
        <location filename="../ui/diagram/deploymentdiagram.cpp" line="192"/>
        <source>PNG pictures (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/diagram/deploymentdiagram.cpp" line="193"/>
        <source>SVG drawings (*.svg)</source>
        <translation>Dessins SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../ui/diagram/deploymentdiagram.cpp" line="195"/>
        <location filename="../ui/diagram/deploymentdiagram.cpp" line="202"/>
        <source>Export the diagram</source>
        <translation>Exporter le diagramme</translation>
    </message>
</context>
<context>
    <name>Slipway::DeploymentScene</name>
    <message>
        <location filename="../ui/diagram/deploymentscene.cpp" line="386"/>
        <source>re-execute</source>
        <translation>réexécuter</translation>
    </message>
    <message>
        <location filename="../ui/diagram/deploymentscene.cpp" line="388"/>
        <source>replace</source>
        <translation>remplacer</translation>
    </message>
    <message>
        <location filename="../ui/diagram/deploymentscene.cpp" line="390"/>
        <source>scale</source>
        <translation>redimensionner</translation>
    </message>
    <message>
        <location filename="../ui/diagram/deploymentscene.cpp" line="392"/>
        <source>add</source>
        <translation>ajouter</translation>
    </message>
    <message>
        <location filename="../ui/diagram/deploymentscene.cpp" line="394"/>
        <source>remove</source>
        <translation>supprimer</translation>
    </message>
    <message>
        <location filename="../ui/diagram/deploymentscene.cpp" line="396"/>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <location filename="../ui/diagram/deploymentscene.cpp" line="441"/>
        <source>Add node %1</source>
        <translation>Ajouter le nœud %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/diagram/deploymentscene.cpp" line="442"/>
        <source>Add %n nodes</source>
        <translation>
            <numerusform>Ajouter %n nœud</numerusform>
            <numerusform>Ajouter %n nœuds</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/diagram/deploymentscene.cpp" line="476"/>
        <source>Delete node %1</source>
        <translation>Supprimer le nœud %1</translation>
    </message>
    <message>
        <location filename="../ui/diagram/deploymentscene.cpp" line="478"/>
        <location filename="../ui/diagram/deploymentscene.cpp" line="560"/>
        <source>Unmap %1.%2</source>
        <translation>Délier %1.%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/diagram/deploymentscene.cpp" line="480"/>
        <source>Delete %n items</source>
        <translation>
            <numerusform>Supprimer %n élément</numerusform>
            <numerusform>Supprimer %n éléments</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/diagram/deploymentscene.cpp" line="500"/>
        <source>Rename node %1 to %2</source>
        <translation>Renommer le nœud %1 en %2</translation>
    </message>
    <message>
        <location filename="../ui/diagram/deploymentscene.cpp" line="517"/>
        <source>Set multiplicity of %1 to %2</source>
        <translation>Fixer la multiplicité de %1 à %2</translation>
    </message>
    <message>
        <location filename="../ui/diagram/deploymentscene.cpp" line="546"/>
        <source>Map %1.%2 to %3</source>
        <translation>Relier %1.%2 à %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/diagram/deploymentscene.cpp" line="575"/>
        <source>Move %n nodes</source>
        <translation>
            <numerusform>Déplacer %n nœud</numerusform>
            <numerusform>Déplacer %n nœuds</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/diagram/deploymentscene.cpp" line="609"/>
        <source>Automatic layout</source>
        <translation>Disposition automatique</translation>
    </message>
</context>
<context>
    <name>Slipway::DiagramOverview</name>
    <message>
        <location filename="../ui/diagram/diagramoverview.cpp" line="23"/>
        <source>Overview: click or drag to move the view</source>
        <translation>Vue d&apos;ensemble : cliquez ou faites glisser pour déplacer la vue</translation>
    </message>
</context>
<context>
    <name>Slipway::DocumentTableModel</name>
    <message>
        <location filename="../ui/models/editortables.cpp" line="57"/>
        <source>cloud image ids</source>
        <translation>identifiants d&apos;image par cloud</translation>
    </message>
    <message>
        <location filename="../ui/models/editortables.cpp" line="58"/>
        <source>cloud image id</source>
        <translation>identifiant d&apos;image</translation>
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
        <translation>Identifiant d&apos;image</translation>
    </message>
    <message>
        <location filename="../ui/models/editortables.cpp" line="76"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../ui/models/editortables.cpp" line="106"/>
        <source>packages</source>
        <translation>paquets</translation>
    </message>
    <message>
        <location filename="../ui/models/editortables.cpp" line="107"/>
        <source>package</source>
        <translation>paquet</translation>
    </message>
    <message>
        <location filename="../ui/models/editortables.cpp" line="115"/>
        <source>Package</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <location filename="../ui/models/editortables.cpp" line="120"/>
        <source>Repository</source>
        <translation>Dépôt</translation>
    </message>
    <message>
        <location filename="../ui/models/editortables.cpp" line="125"/>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <location filename="../ui/models/editortables.cpp" line="159"/>
        <source>parameters</source>
        <translation>paramètres</translation>
    </message>
    <message>
        <location filename="../ui/models/editortables.cpp" line="160"/>
        <source>parameter</source>
        <translation>paramètre</translation>
    </message>
    <message>
        <location filename="../ui/models/editortables.cpp" line="170"/>
        <location filename="../ui/models/editortables.cpp" line="314"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/models/editortables.cpp" line="175"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../ui/models/editortables.cpp" line="180"/>
        <source>Default</source>
        <translation>Défaut</translation>
    </message>
    <message>
        <location filename="../ui/models/editortables.cpp" line="185"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/models/editortables.cpp" line="202"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../ui/models/editortables.cpp" line="213"/>
        <source>Mandatory</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <location filename="../ui/models/editortables.cpp" line="217"/>
        <source>Enum values</source>
        <translation>Valeurs possibles</translation>
    </message>
    <message>
        <location filename="../ui/models/editortables.cpp" line="222"/>
        <source>The values of an enum parameter, separated by commas</source>
        <translation>Les valeurs d&apos;un paramètre énuméré, séparées par des virgules</translation>
    </message>
    <message>
        <location filename="../ui/models/editortables.cpp" line="239"/>
        <source>resources</source>
        <translation>ressources</translation>
    </message>
    <message>
        <location filename="../ui/models/editortables.cpp" line="240"/>
        <source>resources of a cloud</source>
        <translation>ressources d&apos;un cloud</translation>
    </message>
    <message>
        <location filename="../ui/models/editortables.cpp" line="255"/>
        <source>Instance type</source>
        <translation>Type d&apos;instance</translation>
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
        <translation>Disque</translation>
    </message>
    <message>
        <location filename="../ui/models/editortables.cpp" line="275"/>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <location filename="../ui/models/editortables.cpp" line="282"/>
        <source>Security groups</source>
        <translation>Groupes de sécurité</translation>
    </message>
    <message>
        <location filename="../ui/models/editortables.cpp" line="301"/>
        <source>nodes</source>
        <translation>nœuds</translation>
    </message>
    <message>
        <location filename="../ui/models/editortables.cpp" line="302"/>
        <source>node</source>
        <translation>nœud</translation>
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
        <translation>dernière</translation>
    </message>
    <message>
        <location filename="../ui/models/editortables.cpp" line="347"/>
        <source>Pin a version of the image, or follow the latest</source>
        <translation>Fixer une version de l&apos;image, ou suivre la dernière</translation>
    </message>
    <message>
        <location filename="../ui/models/editortables.cpp" line="348"/>
        <source>Multiplicity</source>
        <translation>Multiplicité</translation>
    </message>
    <message>
        <location filename="../ui/models/editortables.cpp" line="358"/>
        <source>Empty: the run&apos;s default cloud</source>
        <translation>Vide : le cloud par défaut de l&apos;exécution</translation>
    </message>
    <message>
        <location filename="../ui/models/editortables.cpp" line="359"/>
        <source>Max failures</source>
        <translation>Échecs max.</translation>
    </message>
    <message>
        <location filename="../ui/models/editortables.cpp" line="364"/>
        <source>How many instances may fail to provision before the run aborts</source>
        <translation>Combien d&apos;instances peuvent échouer au provisionnement avant que l&apos;exécution n&apos;avorte</translation>
    </message>
    <message>
        <location filename="../ui/models/editortables.cpp" line="366"/>
        <source>Check every (s)</source>
        <translation>Contrôle toutes les (s)</translation>
    </message>
    <message>
        <location filename="../ui/models/editortables.cpp" line="371"/>
        <source>How often a running instance&apos;s check recipe runs, in seconds (when its image has one)</source>
        <translation>À quelle fréquence la recette check d&apos;une instance en marche s&apos;exécute, en secondes (quand son image en a une)</translation>
    </message>
    <message>
        <location filename="../ui/models/editortables.cpp" line="373"/>
        <source>Unhealthy after</source>
        <translation>En mauvaise santé après</translation>
    </message>
    <message>
        <location filename="../ui/models/editortables.cpp" line="378"/>
        <source>How many failed checks in a row make an instance unhealthy</source>
        <translation>Combien de contrôles échoués d&apos;affilée rendent une instance en mauvaise santé</translation>
    </message>
    <message>
        <location filename="../ui/models/editortables.cpp" line="379"/>
        <source>When unhealthy</source>
        <translation>Si en mauvaise santé</translation>
    </message>
    <message>
        <location filename="../ui/models/editortables.cpp" line="391"/>
        <source>report: say so; restart: run its execute again; replace: a new instance takes its place</source>
        <translation>report : le signaler ; restart : relancer son execute ; replace : une nouvelle instance prend sa place</translation>
    </message>
    <message>
        <location filename="../ui/models/editortables.cpp" line="418"/>
        <source>mappings</source>
        <translation>correspondances</translation>
    </message>
    <message>
        <location filename="../ui/models/editortables.cpp" line="419"/>
        <source>mapping</source>
        <translation>correspondance</translation>
    </message>
    <message>
        <location filename="../ui/models/editortables.cpp" line="435"/>
        <source>Input</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location filename="../ui/models/editortables.cpp" line="446"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../ui/models/editortables.cpp" line="464"/>
        <source>An output of another node (node:output), or a literal value</source>
        <translation>Une sortie d&apos;un autre nœud (nœud:sortie), ou une valeur littérale</translation>
    </message>
    <message>
        <location filename="../ui/models/editortables.cpp" line="465"/>
        <source>Literal</source>
        <translation>Littéral</translation>
    </message>
    <message>
        <location filename="../ui/models/rowtablemodel.h" line="143"/>
        <source>Inherited from a parent image (read-only)</source>
        <translation>Hérité d&apos;une image parente (lecture seule)</translation>
    </message>
</context>
<context>
    <name>Slipway::EditAuthorizationCommand</name>
    <message>
        <location filename="../ui/commands/editauthorizationcommand.cpp" line="20"/>
        <source>Edit authorization</source>
        <translation>Modifier les autorisations</translation>
    </message>
</context>
<context>
    <name>Slipway::EditRecipeCommand</name>
    <message>
        <location filename="../ui/commands/editrecipecommand.cpp" line="20"/>
        <source>Edit recipe %1</source>
        <translation>Modifier la recette %1</translation>
    </message>
</context>
<context>
    <name>Slipway::EditRowsCommand</name>
    <message>
        <location filename="../ui/commands/editrowscommand.cpp" line="14"/>
        <source>Edit %1</source>
        <translation>Modifier : %1</translation>
    </message>
</context>
<context>
    <name>Slipway::EditSummaryCommand</name>
    <message>
        <location filename="../ui/commands/editsummarycommand.cpp" line="36"/>
        <source>Edit description</source>
        <translation>Modifier la description</translation>
    </message>
    <message>
        <location filename="../ui/commands/editsummarycommand.cpp" line="38"/>
        <source>Change native flag</source>
        <translation>Changer l&apos;indicateur natif</translation>
    </message>
    <message>
        <location filename="../ui/commands/editsummarycommand.cpp" line="40"/>
        <source>Change parent image</source>
        <translation>Changer l&apos;image parente</translation>
    </message>
    <message>
        <location filename="../ui/commands/editsummarycommand.cpp" line="42"/>
        <source>Edit login user</source>
        <translation>Modifier l&apos;utilisateur de connexion</translation>
    </message>
    <message>
        <location filename="../ui/commands/editsummarycommand.cpp" line="44"/>
        <source>Edit platform</source>
        <translation>Modifier la plateforme</translation>
    </message>
</context>
<context>
    <name>Slipway::FindReplaceBar</name>
    <message>
        <location filename="../ui/editor/findreplacebar.cpp" line="21"/>
        <source>Match &amp;case</source>
        <translation>Respecter la &amp;casse</translation>
    </message>
    <message>
        <location filename="../ui/editor/findreplacebar.cpp" line="22"/>
        <source>Regular e&amp;xpression</source>
        <translation>E&amp;xpression régulière</translation>
    </message>
    <message>
        <location filename="../ui/editor/findreplacebar.cpp" line="23"/>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <location filename="../ui/editor/findreplacebar.cpp" line="24"/>
        <source>Replace &amp;All</source>
        <translation>Remplacer &amp;tout</translation>
    </message>
    <message>
        <location filename="../ui/editor/findreplacebar.cpp" line="28"/>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../ui/editor/findreplacebar.cpp" line="30"/>
        <source>Replace with</source>
        <translation>Remplacer par</translation>
    </message>
    <message>
        <location filename="../ui/editor/findreplacebar.cpp" line="31"/>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../ui/editor/findreplacebar.cpp" line="32"/>
        <source>Find the previous match (Shift+F3)</source>
        <translation>Trouver l&apos;occurrence précédente (Maj+F3)</translation>
    </message>
    <message>
        <location filename="../ui/editor/findreplacebar.cpp" line="34"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../ui/editor/findreplacebar.cpp" line="35"/>
        <source>Find the next match (F3)</source>
        <translation>Trouver l&apos;occurrence suivante (F3)</translation>
    </message>
    <message>
        <location filename="../ui/editor/findreplacebar.cpp" line="38"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../ui/editor/findreplacebar.cpp" line="39"/>
        <source>Close the search bar (Escape)</source>
        <translation>Fermer la barre de recherche (Échap)</translation>
    </message>
    <message>
        <location filename="../ui/editor/findreplacebar.cpp" line="119"/>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/editor/findreplacebar.cpp" line="146"/>
        <source>%n replaced</source>
        <translation>
            <numerusform>%n remplacement</numerusform>
            <numerusform>%n remplacements</numerusform>
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
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../ui/historyview.cpp" line="75"/>
        <source>Time</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../ui/historyview.cpp" line="77"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
</context>
<context>
    <name>Slipway::HistoryView</name>
    <message>
        <location filename="../ui/historyview.cpp" line="90"/>
        <source>Version %1 → version %2</source>
        <translation>Version %1 → version %2</translation>
    </message>
    <message>
        <location filename="../ui/historyview.cpp" line="93"/>
        <source>The two versions have the same content.</source>
        <translation>Les deux versions ont le même contenu.</translation>
    </message>
    <message>
        <location filename="../ui/historyview.cpp" line="100"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../ui/historyview.cpp" line="101"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../ui/historyview.cpp" line="102"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location filename="../ui/historyview.cpp" line="161"/>
        <source>&amp;Revert to this version</source>
        <translation>&amp;Revenir à cette version</translation>
    </message>
    <message>
        <location filename="../ui/historyview.cpp" line="174"/>
        <source>Select one version to see what it changed, or two to compare them.</source>
        <translation>Sélectionnez une version pour voir ce qu&apos;elle a changé, ou deux pour les comparer.</translation>
    </message>
    <message>
        <location filename="../ui/historyview.cpp" line="206"/>
        <location filename="../ui/historyview.cpp" line="214"/>
        <source>Revert</source>
        <translation>Revenir</translation>
    </message>
    <message>
        <location filename="../ui/historyview.cpp" line="207"/>
        <source>Reverting drops the unsaved changes of this module. Revert to version %1?</source>
        <translation>Revenir abandonne les modifications non enregistrées de ce module. Revenir à la version %1 ?</translation>
    </message>
    <message>
        <location filename="../ui/historyview.cpp" line="269"/>
        <source>Version 1 is the first version.</source>
        <translation>La version 1 est la première version.</translation>
    </message>
</context>
<context>
    <name>Slipway::ImportDialog</name>
    <message>
        <location filename="../ui/importdialog.cpp" line="25"/>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="27"/>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="29"/>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="31"/>
        <source>conflict</source>
        <translation>conflit</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="47"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="52"/>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="52"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="52"/>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="52"/>
        <source>Choice</source>
        <translation>Choix</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="59"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="77"/>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="79"/>
        <location filename="../ui/importdialog.cpp" line="138"/>
        <source>These files cannot be imported: nothing will change.</source>
        <translation>Ces fichiers ne peuvent pas être importés : rien ne changera.</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="108"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="116"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="117"/>
        <source>Skip</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="118"/>
        <source>Overwrite as a new version</source>
        <translation>Remplacer par une nouvelle version</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="119"/>
        <source>Import under another path</source>
        <translation>Importer sous un autre chemin</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="134"/>
        <source>%1: %2: %3</source>
        <translation>%1 : %2 : %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importdialog.cpp" line="140"/>
        <source>%n module(s) differ from the catalog: choose what to do with each.</source>
        <translation>
            <numerusform>%n module diffère du catalogue : choisissez quoi en faire.</numerusform>
            <numerusform>%n modules diffèrent du catalogue : choisissez quoi faire de chacun.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="144"/>
        <source>%1 new, %2 changed, %3 unchanged.</source>
        <translation>%1 nouveaux, %2 modifiés, %3 inchangés.</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="157"/>
        <source>Nothing was imported: %1</source>
        <translation>Rien n&apos;a été importé : %1</translation>
    </message>
</context>
<context>
    <name>Slipway::InsertRowCommand</name>
    <message>
        <location filename="../ui/commands/insertrowcommand.cpp" line="14"/>
        <source>Add %1</source>
        <translation>Ajouter : %1</translation>
    </message>
</context>
<context>
    <name>Slipway::InstanceListModel</name>
    <message>
        <location filename="../ui/runs/instancelistmodel.cpp" line="203"/>
        <source>%1, not checked yet</source>
        <translation>%1, pas encore contrôlée</translation>
    </message>
    <message>
        <location filename="../ui/runs/instancelistmodel.cpp" line="207"/>
        <source>%1, last checked at %2</source>
        <translation>%1, dernier contrôle à %2</translation>
    </message>
    <message>
        <location filename="../ui/runs/instancelistmodel.cpp" line="209"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/runs/instancelistmodel.cpp" line="223"/>
        <source>Instance</source>
        <translation>Instance</translation>
    </message>
    <message>
        <location filename="../ui/runs/instancelistmodel.cpp" line="225"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/runs/instancelistmodel.cpp" line="227"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../ui/runs/instancelistmodel.cpp" line="229"/>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <location filename="../ui/runs/instancelistmodel.cpp" line="231"/>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
</context>
<context>
    <name>Slipway::LaunchDialog</name>
    <message>
        <location filename="../ui/launchdialog.cpp" line="82"/>
        <source>Launch &amp;anyway</source>
        <translation>Lancer &amp;quand même</translation>
    </message>
    <message>
        <location filename="../ui/launchdialog.cpp" line="86"/>
        <source>Launch %1</source>
        <translation>Lancer %1</translation>
    </message>
    <message>
        <location filename="../ui/launchdialog.cpp" line="114"/>
        <source>On success</source>
        <translation>En cas de succès</translation>
    </message>
    <message>
        <location filename="../ui/launchdialog.cpp" line="115"/>
        <source>On error</source>
        <translation>En cas d&apos;erreur</translation>
    </message>
    <message>
        <location filename="../ui/launchdialog.cpp" line="116"/>
        <source>Always</source>
        <translation>Toujours</translation>
    </message>
    <message>
        <location filename="../ui/launchdialog.cpp" line="117"/>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <location filename="../ui/launchdialog.cpp" line="119"/>
        <source>Whether the machines keep running once the run is Ready or has failed.</source>
        <translation>Si les machines continuent de tourner une fois l&apos;exécution Ready ou en échec.</translation>
    </message>
    <message>
        <location filename="../ui/launchdialog.cpp" line="121"/>
        <source>Comma-separated, e.g. test, team-a</source>
        <translation>Séparées par des virgules, p. ex. test, equipe-a</translation>
    </message>
    <message>
        <location filename="../ui/launchdialog.cpp" line="125"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../ui/launchdialog.cpp" line="126"/>
        <source>The run is aborted when it is not Ready within this time.</source>
        <translation>L&apos;exécution est interrompue si elle n&apos;est pas Ready dans ce délai.</translation>
    </message>
    <message>
        <location filename="../ui/launchdialog.cpp" line="131"/>
        <source>Default &amp;cloud:</source>
        <translation>&amp;Cloud par défaut :</translation>
    </message>
    <message>
        <location filename="../ui/launchdialog.cpp" line="132"/>
        <source>&amp;Keep running:</source>
        <translation>&amp;Garder en marche :</translation>
    </message>
    <message>
        <location filename="../ui/launchdialog.cpp" line="133"/>
        <source>&amp;Tags:</source>
        <translation>É&amp;tiquettes :</translation>
    </message>
    <message>
        <location filename="../ui/launchdialog.cpp" line="134"/>
        <source>T&amp;imeout:</source>
        <translation>&amp;Délai :</translation>
    </message>
    <message>
        <location filename="../ui/launchdialog.cpp" line="139"/>
        <source>Nodes</source>
        <translation>Nœuds</translation>
    </message>
    <message>
        <location filename="../ui/launchdialog.cpp" line="142"/>
        <source>Input parameters</source>
        <translation>Paramètres d&apos;entrée</translation>
    </message>
    <message>
        <location filename="../ui/launchdialog.cpp" line="146"/>
        <source>Checks before launch</source>
        <translation>Vérifications avant le lancement</translation>
    </message>
    <message>
        <location filename="../ui/launchdialog.cpp" line="152"/>
        <source>Double-click a problem of a script to open it at its line.</source>
        <translation>Double-cliquez sur un problème d&apos;un script pour l&apos;ouvrir à sa ligne.</translation>
    </message>
    <message>
        <location filename="../ui/launchdialog.cpp" line="155"/>
        <source>Launch although the recipe checks found errors: a script may wait for a value in a way the checks cannot follow.</source>
        <translation>Lancer bien que les vérifications des recettes aient trouvé des erreurs : un script peut attendre une valeur d&apos;une façon que les vérifications ne suivent pas.</translation>
    </message>
    <message>
        <location filename="../ui/launchdialog.cpp" line="162"/>
        <source>&amp;Launch</source>
        <translation>&amp;Lancer</translation>
    </message>
    <message>
        <location filename="../ui/launchdialog.cpp" line="194"/>
        <source>The base image %1 is not in %2 yet: the local nodes start from it.</source>
        <translation>L&apos;image de base %1 n&apos;est pas encore dans %2 : les nœuds locaux démarrent à partir d&apos;elle.</translation>
    </message>
    <message>
        <location filename="../ui/launchdialog.cpp" line="200"/>
        <source>&amp;Make It…</source>
        <translation>&amp;Créer…</translation>
    </message>
    <message>
        <location filename="../ui/launchdialog.cpp" line="202"/>
        <source>Bootstrap Debian 13 with mmdebstrap and import it (a few minutes, once)</source>
        <translation>Amorcer Debian 13 avec mmdebstrap et l&apos;importer (quelques minutes, une seule fois)</translation>
    </message>
    <message>
        <location filename="../ui/launchdialog.cpp" line="224"/>
        <location filename="../ui/launchdialog.cpp" line="347"/>
        <source>Default (%1)</source>
        <translation>Par défaut (%1)</translation>
    </message>
    <message>
        <location filename="../ui/launchdialog.cpp" line="312"/>
        <source>Making the base image: %1</source>
        <translation>Création de l&apos;image de base : %1</translation>
    </message>
    <message>
        <location filename="../ui/launchdialog.cpp" line="330"/>
        <location filename="../ui/launchdialog.cpp" line="376"/>
        <source>Node</source>
        <translation>Nœud</translation>
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
        <translation>Instances</translation>
    </message>
    <message>
        <location filename="../ui/launchdialog.cpp" line="376"/>
        <source>Parameter</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <location filename="../ui/launchdialog.cpp" line="376"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../ui/launchdialog.cpp" line="376"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../ui/launchdialog.cpp" line="403"/>
        <source>%1 (required)</source>
        <translation>%1 (obligatoire)</translation>
    </message>
    <message>
        <location filename="../ui/launchdialog.cpp" line="421"/>
        <source>No input to give: every input is mapped.</source>
        <translation>Aucune entrée à donner : chaque entrée est associée.</translation>
    </message>
    <message>
        <location filename="../ui/launchdialog.cpp" line="461"/>
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
    <message>
        <location filename="../ui/launchdialog.cpp" line="503"/>
        <source>Show the password</source>
        <translation>Afficher le mot de passe</translation>
    </message>
    <message>
        <location filename="../ui/launchdialog.cpp" line="521"/>
        <source>%1 of %2 is &quot;%3&quot;, which is not one of its values (%4)</source>
        <translation>%1 de %2 vaut « %3 », qui n&apos;est pas l&apos;une de ses valeurs (%4)</translation>
    </message>
    <message>
        <location filename="../ui/launchdialog.cpp" line="524"/>
        <source>%1 of %2 is &quot;%3&quot;, which is neither true nor false</source>
        <translation>%1 de %2 vaut « %3 », ni true ni false</translation>
    </message>
    <message>
        <location filename="../ui/launchdialog.cpp" line="527"/>
        <source>%1 of %2 is required: give it a value</source>
        <translation>%1 de %2 est obligatoire : donnez-lui une valeur</translation>
    </message>
    <message>
        <location filename="../ui/launchdialog.cpp" line="683"/>
        <source>No problem found: the recipes&apos; ss-get and ss-set calls all meet.</source>
        <translation>Aucun problème : les appels ss-get et ss-set des recettes se rejoignent tous.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/launchdialog.cpp" line="685"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/launchdialog.cpp" line="686"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
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
        <translation type="vanished">Ouvrez un module du catalogue pour le modifier.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="178"/>
        <location filename="../ui/mainwindow.cpp" line="1357"/>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="210"/>
        <source>Catalog</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="188"/>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="84"/>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="86"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="88"/>
        <source>Deployment</source>
        <translation>Déploiement</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="217"/>
        <source>Filter modules (Ctrl+F)</source>
        <translation>Filtrer les modules (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="291"/>
        <source>Rename or Move…</source>
        <translation>Renommer ou déplacer…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="312"/>
        <source>Inspector</source>
        <translation>Inspecteur</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="317"/>
        <source>Kind:</source>
        <translation>Genre :</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="317"/>
        <source>Path:</source>
        <translation>Chemin :</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="317"/>
        <source>Version:</source>
        <translation>Version :</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="317"/>
        <source>Author:</source>
        <translation>Auteur :</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="317"/>
        <source>Time:</source>
        <translation>Date :</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="317"/>
        <source>Comment:</source>
        <translation>Commentaire :</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="328"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="362"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="363"/>
        <location filename="../ui/mainwindow.cpp" line="931"/>
        <location filename="../ui/mainwindow.cpp" line="2135"/>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="366"/>
        <location filename="../ui/mainwindow.cpp" line="932"/>
        <location filename="../ui/mainwindow.cpp" line="2137"/>
        <source>&amp;Project…</source>
        <translation>&amp;Projet…</translation>
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
        <translation>&amp;Déploiement…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="378"/>
        <source>&amp;Save…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="380"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="384"/>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un module &amp;récent</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="386"/>
        <source>Open &amp;Team Catalog…</source>
        <translation>Ouvrir un catalogue d&apos;é&amp;quipe…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="392"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="398"/>
        <source>S&amp;ettings…</source>
        <translation>Pa&amp;ramètres…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="404"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="409"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="410"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="413"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="421"/>
        <source>&amp;Filter Catalog</source>
        <translation>&amp;Filtrer le catalogue</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="440"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="445"/>
        <source>Show &amp;Deleted Modules</source>
        <translation>Afficher les modules &amp;supprimés</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="457"/>
        <source>Next Tab</source>
        <translation>Onglet suivant</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="462"/>
        <source>Previous Tab</source>
        <translation>Onglet précédent</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="469"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="477"/>
        <source>&amp;About Slipway</source>
        <translation>À &amp;propos de Slipway</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="479"/>
        <source>About Slipway</source>
        <translation>À propos de Slipway</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="480"/>
        <source>&lt;b&gt;Slipway&lt;/b&gt; %1&lt;br&gt;Design, version and launch machine images and multi-node deployments.</source>
        <translation>&lt;b&gt;Slipway&lt;/b&gt; %1&lt;br&gt;Concevez, versionnez et lancez des images de machines et des déploiements multi-nœuds.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="637"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="637"/>
        <source>No catalog is open.</source>
        <translation>Aucun catalogue n&apos;est ouvert.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="953"/>
        <location filename="../ui/mainwindow.cpp" line="2171"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="132"/>
        <location filename="../ui/mainwindow.cpp" line="643"/>
        <source>Open %1</source>
        <translation>Ouvrir %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="235"/>
        <source>Modules whose name, description or recipes contain the text; activate one to open it at the first match.</source>
        <translation>Modules dont le nom, la description ou les recettes contiennent le texte ; activez-en un pour l&apos;ouvrir à la première occurrence.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="452"/>
        <source>&amp;Welcome Page</source>
        <translation>Page d&apos;&amp;accueil</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="471"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="520"/>
        <source>in a recipe</source>
        <translation>dans une recette</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="521"/>
        <source>in the description</source>
        <translation>dans la description</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="522"/>
        <source>in the name</source>
        <translation>dans le nom</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="524"/>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2 : %3</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="661"/>
        <source>%1 (team catalog %2)</source>
        <translation>%1 (catalogue d&apos;équipe %2)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="686"/>
        <source>Opened %1, version %2</source>
        <translation>%1 ouvert, version %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="697"/>
        <location filename="../ui/mainwindow.cpp" line="704"/>
        <location filename="../ui/mainwindow.cpp" line="713"/>
        <source>New module</source>
        <translation>Nouveau module</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="698"/>
        <source>&quot;%1&quot; is not a valid module path: use letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;, with &apos;/&apos; between folders.</source>
        <translation>« %1 » n&apos;est pas un chemin de module valide : utilisez des lettres, des chiffres, « - », « _ » et « . », avec « / » entre les dossiers.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="704"/>
        <source>There is already a module %1.</source>
        <translation>Il existe déjà un module %1.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="711"/>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="726"/>
        <location filename="../ui/mainwindow.cpp" line="2143"/>
        <source>New %1</source>
        <translation>Nouveau : %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="728"/>
        <location filename="../ui/mainwindow.cpp" line="2145"/>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="729"/>
        <location filename="../ui/mainwindow.cpp" line="2146"/>
        <source>Name (in %1):</source>
        <translation>Nom (dans %1) :</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="769"/>
        <source>Reload %1</source>
        <translation>Recharger %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="782"/>
        <source>Save %1</source>
        <translation>Enregistrer %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="785"/>
        <source>Saved %1 as version %2</source>
        <translation>%1 enregistré en version %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="788"/>
        <source>%1 has not changed since version %2</source>
        <translation>%1 n&apos;a pas changé depuis la version %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="806"/>
        <source>Close %1</source>
        <translation>Fermer %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="807"/>
        <source>%1 has unsaved changes. Save them as a new version?</source>
        <translation>%1 a des modifications non enregistrées. Les enregistrer comme nouvelle version ?</translation>
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
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="863"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="891"/>
        <source>%1 (deleted)</source>
        <translation>%1 (supprimé)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="893"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="898"/>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="930"/>
        <location filename="../ui/mainwindow.cpp" line="2134"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="945"/>
        <source>&amp;Build…</source>
        <translation>&amp;Construire…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="952"/>
        <location filename="../ui/mainwindow.cpp" line="2166"/>
        <source>&amp;Rename or Move…</source>
        <translation>&amp;Renommer ou déplacer…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="vanished">&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="295"/>
        <location filename="../ui/mainwindow.cpp" line="1191"/>
        <location filename="../ui/mainwindow.cpp" line="1195"/>
        <location filename="../ui/mainwindow.cpp" line="1217"/>
        <location filename="../ui/mainwindow.cpp" line="1283"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete %1 and everything under it? Deleted modules can be restored.</source>
        <translation type="vanished">Supprimer %1 et tout ce qu&apos;il contient ? Les modules supprimés peuvent être restaurés.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="958"/>
        <location filename="../ui/mainwindow.cpp" line="2177"/>
        <source>Re&amp;store</source>
        <translation>Re&amp;staurer</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="962"/>
        <source>&amp;Publish to Team Catalog…</source>
        <translation>&amp;Publier dans le catalogue d&apos;équipe…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="970"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="973"/>
        <source>Export with &amp;History…</source>
        <translation>Exporter avec l&apos;&amp;historique…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="985"/>
        <source>Export a Bundle</source>
        <translation>Exporter un bundle</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="987"/>
        <source>Slipway bundles (*.yaml *.yml)</source>
        <translation>Bundles Slipway (*.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="998"/>
        <location filename="../ui/mainwindow.cpp" line="1003"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="1006"/>
        <source>Exported %n module(s) to %1</source>
        <translation>
            <numerusform>%n module exporté vers %1</numerusform>
            <numerusform>%n modules exportés vers %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1016"/>
        <source>Import Bundles or SlipStream Modules</source>
        <translation>Importer des paquets ou des modules SlipStream</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1018"/>
        <source>Bundles and SlipStream modules (*.slipway.yaml *.yaml *.yml *.xml);;All files (*)</source>
        <translation>Paquets et modules SlipStream (*.slipway.yaml *.yaml *.yml *.xml);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="1031"/>
        <source>Imported %n module(s)</source>
        <translation>
            <numerusform>%n module importé</numerusform>
            <numerusform>%n modules importés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1039"/>
        <source>Rename or Move</source>
        <translation>Renommer ou déplacer</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1040"/>
        <source>New path of %1:</source>
        <translation>Nouveau chemin de %1 :</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1056"/>
        <source>• %1 (its parent image is %2)</source>
        <translation>• %1 (son image parente est %2)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1057"/>
        <source>• %1 (node %2 runs %3)</source>
        <translation>• %1 (le nœud %2 exécute %3)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1096"/>
        <location filename="../ui/mainwindow.cpp" line="1101"/>
        <location filename="../ui/mainwindow.cpp" line="1148"/>
        <source>Move</source>
        <translation>Déplacer</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1102"/>
        <source>Move %1 and everything under it to %2?</source>
        <translation>Déplacer %1 et tout ce qu&apos;il contient vers %2 ?</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1108"/>
        <source>No other module refers to it. Edit → Undo moves it back.</source>
        <translation>Aucun autre module n&apos;y fait référence. Édition → Annuler le remet en place.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1109"/>
        <source>These modules refer to it; each gets a new version that follows the move:
%1

Edit → Undo moves it back.</source>
        <translation>Ces modules y font référence ; chacun reçoit une nouvelle version qui suit le déplacement :
%1

Édition → Annuler le remet en place.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1196"/>
        <source>Delete %1 and everything under it?</source>
        <translation>Supprimer %1 et tout ce qu&apos;il contient ?</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1201"/>
        <source>No other module refers to it. Edit → Undo restores it.</source>
        <translation>Aucun autre module n&apos;y fait référence. Édition → Annuler le restaure.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1206"/>
        <source>These modules refer to it and would no longer validate or launch:
%1

Edit → Undo restores it.</source>
        <translation>Ces modules y font référence et ne seraient plus validés ni lancés :
%1

Édition → Annuler le restaure.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1123"/>
        <location filename="../ui/mainwindow.cpp" line="1240"/>
        <location filename="../ui/mainwindow.cpp" line="1248"/>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1068"/>
        <source>%1 was refused; nothing was changed.

%2</source>
        <translation>%1 : refusé ; rien n&apos;a été modifié.

%2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1069"/>
        <source>%1 was refused: you do not have the “%2” right on %3. Nothing was changed.

%4</source>
        <translation>%1 : refusé : vous n&apos;avez pas le droit « %2 » sur %3. Rien n&apos;a été modifié.

%4</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1073"/>
        <source>the top level of the catalog</source>
        <translation>le niveau supérieur du catalogue</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1123"/>
        <location filename="../ui/mainwindow.cpp" line="1217"/>
        <source>That team catalog is no longer open.</source>
        <translation>Ce catalogue d&apos;équipe n&apos;est plus ouvert.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1150"/>
        <source>%1 stays in the team catalog %2: modules are not moved out of a team catalog by dragging. To take a copy with its history, choose Copy to the Local Catalog in its context menu.</source>
        <translation>%1 reste dans le catalogue d&apos;équipe %2 : on ne sort pas des modules d&apos;un catalogue d&apos;équipe en les faisant glisser. Pour en prendre une copie avec son historique, choisissez Copier dans le catalogue local dans son menu contextuel.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1154"/>
        <source>%1 cannot be dragged from the team catalog %2 to the team catalog %3: copy it to the local catalog (its context menu), then publish it from there.</source>
        <translation>%1 ne peut pas être glissé du catalogue d&apos;équipe %2 vers le catalogue d&apos;équipe %3 : copiez-le dans le catalogue local (son menu contextuel), puis publiez-le depuis là.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1163"/>
        <source>Publish to Team Catalog</source>
        <translation>Publier dans le catalogue d&apos;équipe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1164"/>
        <source>Publish %1 to the team catalog %2?</source>
        <translation>Publier %1 dans le catalogue d&apos;équipe %2 ?</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1168"/>
        <source>Each module is copied with its history and the modules it refers to, under the same path, and stays in the local catalog. The team catalog&apos;s server decides whether you may.</source>
        <translation>Chaque module est copié avec son historique et les modules auxquels il fait référence, sous le même chemin, et reste dans le catalogue local. Le serveur du catalogue d&apos;équipe décide si vous y êtes autorisé.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1241"/>
        <source>Save or close %1 first: it has unsaved changes.</source>
        <translation>Enregistrez ou fermez d&apos;abord %1 : il a des modifications non enregistrées.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1249"/>
        <source>Moving %1 to %2 in the team catalog %3</source>
        <translation>Déplacement de %1 vers %2 dans le catalogue d&apos;équipe %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="1271"/>
        <source>Moved %n module(s) to %1</source>
        <translation>
            <numerusform>%n module déplacé vers %1</numerusform>
            <numerusform>%n modules déplacés vers %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1284"/>
        <source>Deleting %1 in the team catalog %2</source>
        <translation>Suppression de %1 dans le catalogue d&apos;équipe %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="1302"/>
        <source>Deleted %n module(s)</source>
        <translation>
            <numerusform>%n module supprimé</numerusform>
            <numerusform>%n modules supprimés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1314"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1315"/>
        <source>Restoring %1 in the team catalog %2</source>
        <translation>Restauration de %1 dans le catalogue d&apos;équipe %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="1323"/>
        <source>Restored %n module(s)</source>
        <translation>
            <numerusform>%n module restauré</numerusform>
            <numerusform>%n modules restaurés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1381"/>
        <location filename="../ui/mainwindow.cpp" line="1386"/>
        <location filename="../ui/mainwindow.cpp" line="1399"/>
        <source>Credentials of %1</source>
        <translation>Identifiants de %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1381"/>
        <source>%1 needs no credentials.</source>
        <translation>%1 n&apos;a pas besoin d&apos;identifiants.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1401"/>
        <source>The credentials of %1 are in the keychain.</source>
        <translation>Les identifiants de %1 sont dans le trousseau.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1412"/>
        <source>The relay is set up: %1</source>
        <translation>Le relais est configuré : %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1454"/>
        <source>Main Tool Bar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1459"/>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1461"/>
        <source>New deployment (the arrow: a project or an image)</source>
        <translation>Nouveau déploiement (la flèche : un projet ou une image)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1524"/>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1528"/>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1528"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1544"/>
        <source>Also in the recipe editor: Ctrl+F finds, Ctrl+H replaces.</source>
        <translation>Aussi dans l&apos;éditeur de recettes : Ctrl+F cherche, Ctrl+H remplace.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1582"/>
        <source>Build</source>
        <translation>Construire</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1582"/>
        <source>Select an image to build.</source>
        <translation>Sélectionnez une image à construire.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1587"/>
        <location filename="../ui/mainwindow.cpp" line="1592"/>
        <location filename="../ui/mainwindow.cpp" line="1619"/>
        <source>Build %1</source>
        <translation>Construire %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1587"/>
        <source>Only an image can be built.</source>
        <translation>Seule une image peut être construite.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1593"/>
        <source>%1 has unsaved changes: save them first, a build starts from a saved version.</source>
        <translation>%1 a des modifications non enregistrées : enregistrez-les d&apos;abord, une construction part d&apos;une version enregistrée.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1925"/>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1931"/>
        <location filename="../ui/mainwindow.cpp" line="1952"/>
        <location filename="../ui/mainwindow.cpp" line="1977"/>
        <source>Open Team Catalog</source>
        <translation>Ouvrir un catalogue d&apos;équipe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1953"/>
        <source>%1 is open, but its password could not be kept in the keychain: %2</source>
        <translation>%1 est ouvert, mais son mot de passe n&apos;a pas pu être conservé dans le trousseau : %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1965"/>
        <source>Opened the team catalog %1 as %2</source>
        <translation>Catalogue d&apos;équipe %1 ouvert en tant que %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2026"/>
        <source>Closed the team catalog %1</source>
        <translation>Catalogue d&apos;équipe %1 fermé</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2034"/>
        <location filename="../ui/mainwindow.cpp" line="2107"/>
        <source>Publish %1</source>
        <translation>Publier %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2037"/>
        <source>%1 has unsaved changes: save them first, what is published is the saved history.</source>
        <translation>%1 a des modifications non enregistrées : enregistrez-les d&apos;abord, c&apos;est l&apos;historique enregistré qui est publié.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2057"/>
        <source>%1 is already in the team catalog %2 as it is here.</source>
        <translation>%1 est déjà dans le catalogue d&apos;équipe %2 tel qu&apos;il est ici.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="2059"/>
        <source>Published %1 to the team catalog %2: %n version(s) copied.</source>
        <translation>
            <numerusform>%1 publié dans le catalogue d&apos;équipe %2 : %n version copiée.</numerusform>
            <numerusform>%1 publié dans le catalogue d&apos;équipe %2 : %n versions copiées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="2061"/>
        <source>Published %1 to the team catalog %2: %n version(s) copied; the values of these passwords were left out: %3.</source>
        <translation>
            <numerusform>%1 publié dans le catalogue d&apos;équipe %2 : %n version copiée ; les valeurs de ces mots de passe ont été omises : %3.</numerusform>
            <numerusform>%1 publié dans le catalogue d&apos;équipe %2 : %n versions copiées ; les valeurs de ces mots de passe ont été omises : %3.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2069"/>
        <source>%1 Pinned image versions renumbered: %2</source>
        <translation>%1 Versions d&apos;image fixées renumérotées : %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2081"/>
        <source>Copy %1 to the local catalog</source>
        <translation>Copier %1 dans le catalogue local</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="2085"/>
        <source>Copied %1 from the team catalog %2: %n version(s).</source>
        <translation>
            <numerusform>%1 copié depuis le catalogue d&apos;équipe %2 : %n version.</numerusform>
            <numerusform>%1 copié depuis le catalogue d&apos;équipe %2 : %n versions.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2108"/>
        <source>Publish to the team catalog:</source>
        <translation>Publier dans le catalogue d&apos;équipe :</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2158"/>
        <source>Copy to the &amp;Local Catalog</source>
        <translation>Copier dans le catalogue &amp;local</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2185"/>
        <source>&amp;Close Team Catalog %1</source>
        <translation>&amp;Fermer le catalogue d&apos;équipe %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2247"/>
        <source>The team catalog %1 was not opened again: %2</source>
        <translation>Le catalogue d&apos;équipe %1 n&apos;a pas été rouvert : %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2265"/>
        <source>The team catalog %1 was not opened again (File → Open Team Catalog… tries again): %2</source>
        <translation>Le catalogue d&apos;équipe %1 n&apos;a pas été rouvert (Fichier → Ouvrir un catalogue d&apos;équipe… réessaie) : %2</translation>
    </message>
    <message>
        <source>Runs start from the local catalog; this module is in the team catalog %1 (its context menu in the tree copies it to the local catalog).</source>
        <translation type="vanished">Les exécutions partent du catalogue local ; ce module est dans le catalogue d&apos;équipe %1 (son menu contextuel dans l&apos;arbre le copie dans le catalogue local).</translation>
    </message>
    <message>
        <source>Build on the cloud:</source>
        <translation type="vanished">Construire sur le cloud :</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1631"/>
        <source>&amp;Run</source>
        <translation>&amp;Exécution</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1635"/>
        <source>&amp;Launch…</source>
        <translation>&amp;Lancer…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1640"/>
        <source>Launch the current deployment or image (Ctrl+R)</source>
        <translation>Lancer le déploiement ou l&apos;image courante (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1642"/>
        <source>&amp;Build Image…</source>
        <translation>&amp;Construire l&apos;image…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1647"/>
        <source>Build the current image on a cloud (Ctrl+B)</source>
        <translation>Construire l&apos;image courante sur un cloud (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1650"/>
        <source>&amp;Abort Run…</source>
        <translation>&amp;Interrompre l&apos;exécution…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1659"/>
        <source>&amp;Terminate Run…</source>
        <translation>&amp;Terminer l&apos;exécution…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1668"/>
        <source>&amp;Update Run…</source>
        <translation>Mettre à &amp;jour l&apos;exécution…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1676"/>
        <source>Move the current run to another version of its module, node by node</source>
        <translation>Faire passer l&apos;exécution courante à une autre version de son module, nœud par nœud</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1684"/>
        <location filename="../ui/mainwindow.cpp" line="1695"/>
        <source>Runs</source>
        <translation>Exécutions</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1684"/>
        <source>The runs cannot be hosted: %1</source>
        <translation>Les exécutions ne peuvent pas être hébergées : %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1706"/>
        <source>Runs &amp;Dashboard</source>
        <translation>&amp;Tableau de bord des exécutions</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1719"/>
        <source>Launch</source>
        <translation>Lancer</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1719"/>
        <source>Select a deployment or an image to launch.</source>
        <translation>Sélectionnez un déploiement ou une image à lancer.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1724"/>
        <location filename="../ui/mainwindow.cpp" line="1732"/>
        <location filename="../ui/mainwindow.cpp" line="1736"/>
        <location filename="../ui/mainwindow.cpp" line="1754"/>
        <location filename="../ui/mainwindow.cpp" line="1787"/>
        <source>Launch %1</source>
        <translation>Lancer %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1725"/>
        <source>%1 has unsaved changes: save them first, a run starts from a saved version.</source>
        <translation>%1 a des modifications non enregistrées : enregistrez-les d&apos;abord, une exécution part d&apos;une version enregistrée.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1736"/>
        <source>A project cannot be launched.</source>
        <translation>Un projet ne peut pas être lancé.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1768"/>
        <source>Starting the broker to launch %1…</source>
        <translation>Démarrage du courtier pour lancer %1…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1811"/>
        <source>Launched %1 version %2: run %3</source>
        <translation>%1 version %2 lancé : exécution %3</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1850"/>
        <location filename="../ui/mainwindow.cpp" line="1866"/>
        <source>Run %1</source>
        <translation>Exécution %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1850"/>
        <source>There is no run %1.</source>
        <translation>Il n&apos;y a pas d&apos;exécution %1.</translation>
    </message>
</context>
<context>
    <name>Slipway::MissingRight</name>
    <message>
        <location filename="../core/catalog/missingright.cpp" line="80"/>
        <source>get</source>
        <translation>lire</translation>
    </message>
    <message>
        <location filename="../core/catalog/missingright.cpp" line="83"/>
        <source>edit</source>
        <translation>modifier</translation>
    </message>
    <message>
        <location filename="../core/catalog/missingright.cpp" line="86"/>
        <source>run</source>
        <translation>lancer</translation>
    </message>
    <message>
        <location filename="../core/catalog/missingright.cpp" line="89"/>
        <source>delete</source>
        <translation>supprimer</translation>
    </message>
    <message>
        <location filename="../core/catalog/missingright.cpp" line="92"/>
        <source>create children</source>
        <translation>créer des enfants</translation>
    </message>
</context>
<context>
    <name>Slipway::ModuleDiff</name>
    <message>
        <location filename="../core/catalog/modulediff.cpp" line="81"/>
        <source> (literal)</source>
        <translation> (littéral)</translation>
    </message>
</context>
<context>
    <name>Slipway::ModuleEditor</name>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="71"/>
        <source>Pre-install</source>
        <translation>Pré-installation</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="73"/>
        <source>Recipe</source>
        <translation>Recette</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="75"/>
        <source>Execute</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="77"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="79"/>
        <source>On VM add</source>
        <translation>À l&apos;ajout d&apos;une VM</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="81"/>
        <source>On VM remove</source>
        <translation>Au retrait d&apos;une VM</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="83"/>
        <source>Health check</source>
        <translation>Contrôle de santé</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="156"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="158"/>
        <source>Clouds</source>
        <translation>Clouds</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="163"/>
        <source>Packages</source>
        <translation>Paquets</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="168"/>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="169"/>
        <source>Recipes</source>
        <translation>Recettes</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="172"/>
        <source>Diagram</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="173"/>
        <source>Nodes</source>
        <translation>Nœuds</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="176"/>
        <source>Authorization</source>
        <translation>Autorisations</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="178"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="229"/>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="235"/>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="236"/>
        <source>Keep editing this version (a save will then ask how to go on)</source>
        <translation>Continuer à modifier cette version (un enregistrement demandera alors comment poursuivre)</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="243"/>
        <source>Reload %1</source>
        <translation>Recharger %1</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="257"/>
        <source>Another member moved or deleted %1 in the team catalog. Save this edit under another path to keep it.</source>
        <translation>Un autre membre a déplacé ou supprimé %1 dans le catalogue d&apos;équipe. Enregistrez cette modification sous un autre chemin pour la conserver.</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="267"/>
        <source>Another member deleted %1 from the team catalog. Save this edit under another path to keep it.</source>
        <translation>Un autre membre a supprimé %1 du catalogue d&apos;équipe. Enregistrez cette modification sous un autre chemin pour la conserver.</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="281"/>
        <source>Reload drops your unsaved changes; a save instead asks how to go on</source>
        <translation>Recharger abandonne vos modifications non enregistrées ; un enregistrement demande plutôt comment poursuivre</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="283"/>
        <source>Read the latest version</source>
        <translation>Lire la dernière version</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="285"/>
        <source>A newer version of %1 was saved: version %2 (you have version %3).</source>
        <translation>Une version plus récente de %1 a été enregistrée : version %2 (vous avez la version %3).</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="289"/>
        <source>%1 saved a newer version of %2: version %3 (you have version %4).</source>
        <translation>%1 a enregistré une version plus récente de %2 : version %3 (vous avez la version %4).</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="304"/>
        <source>Path:</source>
        <translation>Chemin :</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="311"/>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="323"/>
        <source>Native image: a base image that exists in the clouds</source>
        <translation>Image native : une image de base qui existe dans les clouds</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="343"/>
        <source>the image this one derives from</source>
        <translation>l&apos;image dont celle-ci dérive</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="344"/>
        <source>&amp;Parent image:</source>
        <translation>Image &amp;parente :</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="354"/>
        <source>Inherits:</source>
        <translation>Hérite de :</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="358"/>
        <source>&amp;Login user:</source>
        <translation>&amp;Utilisateur de connexion :</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="371"/>
        <source>P&amp;latform:</source>
        <translation>P&amp;lateforme :</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="387"/>
        <source>Built images</source>
        <translation>Images construites</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="390"/>
        <source>A build is stale when the image or an image it derives from changed, or was built again, since.</source>
        <translation>Une construction est périmée quand l&apos;image ou une image dont elle dérive a changé, ou a été reconstruite, depuis.</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="395"/>
        <source>&amp;Build…</source>
        <translation>&amp;Construire…</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="397"/>
        <location filename="../ui/moduleeditor.cpp" line="448"/>
        <source>Build the saved image on clouds you choose (Ctrl+B)</source>
        <translation>Construire l&apos;image enregistrée sur les clouds de votre choix (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="406"/>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="406"/>
        <source>Image id</source>
        <translation>Identifiant d&apos;image</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="406"/>
        <source>Built from</source>
        <translation>Construite depuis</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="406"/>
        <source>Built at</source>
        <translation>Construite le</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="406"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="418"/>
        <source>Image ids in the clouds (native images)</source>
        <translation>Identifiants de l&apos;image dans les clouds (images natives)</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="423"/>
        <source>Resources per cloud</source>
        <translation>Ressources par cloud</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="449"/>
        <source>A native image exists in the clouds: there is nothing to build.</source>
        <translation>Une image native existe dans les clouds : il n&apos;y a rien à construire.</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="460"/>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="463"/>
        <source>stale: %1</source>
        <translation>périmée : %1</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="463"/>
        <source>current</source>
        <translation>à jour</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="484"/>
        <source>This image&apos;s script</source>
        <translation>Le script de cette image</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="489"/>
        <source>Inherited from the parent images (runs first)</source>
        <translation>Hérité des images parentes (exécuté en premier)</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="557"/>
        <source>Select a node to map its input parameters.</source>
        <translation>Sélectionnez un nœud pour relier ses paramètres d&apos;entrée.</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="558"/>
        <source>Input parameters of node %1:</source>
        <translation>Paramètres d&apos;entrée du nœud %1 :</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="588"/>
        <source>nothing (a root image)</source>
        <translation>rien (une image racine)</translation>
    </message>
</context>
<context>
    <name>Slipway::ModuleJson::Reader</name>
    <message>
        <location filename="../core/model/modulejson.cpp" line="217"/>
        <source>unknown field</source>
        <translation>champ inconnu</translation>
    </message>
    <message>
        <location filename="../core/model/modulejson.cpp" line="227"/>
        <location filename="../core/model/modulejson.cpp" line="284"/>
        <source>expected text</source>
        <translation>texte attendu</translation>
    </message>
    <message>
        <location filename="../core/model/modulejson.cpp" line="234"/>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <location filename="../core/model/modulejson.cpp" line="244"/>
        <source>expected true or false</source>
        <translation>true ou false attendu</translation>
    </message>
    <message>
        <location filename="../core/model/modulejson.cpp" line="255"/>
        <source>expected a whole number</source>
        <translation>nombre entier attendu</translation>
    </message>
    <message>
        <location filename="../core/model/modulejson.cpp" line="267"/>
        <source>expected a number</source>
        <translation>nombre attendu</translation>
    </message>
    <message>
        <location filename="../core/model/modulejson.cpp" line="278"/>
        <source>expected a list of texts</source>
        <translation>liste de textes attendue</translation>
    </message>
    <message>
        <location filename="../core/model/modulejson.cpp" line="296"/>
        <location filename="../core/model/modulejson.cpp" line="315"/>
        <source>expected an object</source>
        <translation>objet attendu</translation>
    </message>
    <message>
        <location filename="../core/model/modulejson.cpp" line="308"/>
        <source>expected a list</source>
        <translation>liste attendue</translation>
    </message>
    <message>
        <location filename="../core/model/modulejson.cpp" line="353"/>
        <source>unknown type &quot;%1&quot; (string, text, password, boolean or enum)</source>
        <translation>type inconnu « %1 » (string, text, password, boolean ou enum)</translation>
    </message>
    <message>
        <location filename="../core/model/modulejson.cpp" line="362"/>
        <source>unknown category &quot;%1&quot; (input or output)</source>
        <translation>catégorie inconnue « %1 » (input ou output)</translation>
    </message>
    <message>
        <location filename="../core/model/modulejson.cpp" line="407"/>
        <source>unknown recipe (pre-install, recipe, execute, report, on-vm-add, on-vm-remove or check)</source>
        <translation>recette inconnue (pre-install, recipe, execute, report, on-vm-add, on-vm-remove ou check)</translation>
    </message>
    <message>
        <source>unknown recipe (pre-install, recipe, execute, report, on-vm-add or on-vm-remove)</source>
        <translation type="vanished">recette inconnue (pre-install, recipe, execute, report, on-vm-add ou on-vm-remove)</translation>
    </message>
    <message>
        <location filename="../core/model/modulejson.cpp" line="438"/>
        <location filename="../core/model/modulejson.cpp" line="679"/>
        <source>expected an ISO 8601 time</source>
        <translation>date ISO 8601 attendue</translation>
    </message>
    <message>
        <location filename="../core/model/modulejson.cpp" line="486"/>
        <source>unknown policy &quot;%1&quot; (report, restart or replace)</source>
        <translation>politique inconnue « %1 » (report, restart ou replace)</translation>
    </message>
    <message>
        <location filename="../core/model/modulejson.cpp" line="592"/>
        <source>unknown kind &quot;%1&quot; (project, image or deployment)</source>
        <translation>genre inconnu « %1 » (project, image ou deployment)</translation>
    </message>
    <message>
        <location filename="../core/model/modulejson.cpp" line="616"/>
        <source>unknown right (get, edit, run, delete or create-children)</source>
        <translation>droit inconnu (get, edit, run, delete ou create-children)</translation>
    </message>
    <message>
        <location filename="../core/model/modulejson.cpp" line="624"/>
        <source>only an image has image fields</source>
        <translation>seule une image a des champs d&apos;image</translation>
    </message>
    <message>
        <location filename="../core/model/modulejson.cpp" line="629"/>
        <source>only a deployment has nodes</source>
        <translation>seul un déploiement a des nœuds</translation>
    </message>
    <message>
        <location filename="../core/model/modulejson.cpp" line="650"/>
        <source>invalid JSON at offset %1: %2</source>
        <translation>JSON invalide à la position %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/model/modulejson.cpp" line="652"/>
        <source>a module must be a JSON object</source>
        <translation>un module doit être un objet JSON</translation>
    </message>
</context>
<context>
    <name>Slipway::NodeItem</name>
    <message>
        <location filename="../ui/diagram/nodeitem.cpp" line="112"/>
        <source>%1: %2 (double-click the name to rename it, the ×N to change the multiplicity)</source>
        <translation>%1 : %2 (double-cliquez sur le nom pour le renommer, sur le ×N pour changer la multiplicité)</translation>
    </message>
    <message>
        <location filename="../ui/diagram/nodeitem.cpp" line="301"/>
        <source>cloud: the run&apos;s default</source>
        <translation>cloud : celui par défaut de l&apos;exécution</translation>
    </message>
    <message>
        <location filename="../ui/diagram/nodeitem.cpp" line="302"/>
        <source>cloud: %1</source>
        <translation>cloud : %1</translation>
    </message>
    <message>
        <location filename="../ui/diagram/nodeitem.cpp" line="308"/>
        <source>image not found</source>
        <translation>image introuvable</translation>
    </message>
    <message>
        <location filename="../ui/diagram/nodeitem.cpp" line="405"/>
        <source>&amp;Rename</source>
        <translation>&amp;Renommer</translation>
    </message>
    <message>
        <location filename="../ui/diagram/nodeitem.cpp" line="406"/>
        <source>&amp;Multiplicity…</source>
        <translation>&amp;Multiplicité…</translation>
    </message>
    <message>
        <location filename="../ui/diagram/nodeitem.cpp" line="408"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
</context>
<context>
    <name>Slipway::PackageInstallScript</name>
    <message>
        <location filename="../core/connector/packageinstallscript.cpp" line="134"/>
        <source>“%1” is not a valid package name.</source>
        <translation>« %1 » n&apos;est pas un nom de paquet valide.</translation>
    </message>
    <message>
        <location filename="../core/connector/packageinstallscript.cpp" line="166"/>
        <source>Packages cannot be installed on the platform “%1”: Slipway knows apt (debian, ubuntu), dnf (fedora, centos, rhel, rocky, almalinux) and apk (alpine).</source>
        <translation>Les paquets ne peuvent pas être installés sur la plateforme « %1 » : Slipway connaît apt (debian, ubuntu), dnf (fedora, centos, rhel, rocky, almalinux) et apk (alpine).</translation>
    </message>
</context>
<context>
    <name>Slipway::PostgresBackend</name>
    <message>
        <location filename="../core/storage/postgresbackend.cpp" line="159"/>
        <source>it was made by a newer Slipway (team schema %1; this one knows up to %2)</source>
        <translation>il a été créé par un Slipway plus récent (schéma d&apos;équipe %1 ; celui-ci connaît jusqu&apos;au %2)</translation>
    </message>
    <message>
        <location filename="../core/storage/postgresbackend.cpp" line="164"/>
        <source>the database is not a Slipway team catalog yet (its administrator makes it one with: slipway-cli catalog init-team %1)</source>
        <translation>la base de données n&apos;est pas encore un catalogue d&apos;équipe Slipway (son administrateur en fait un avec : slipway-cli catalog init-team %1)</translation>
    </message>
    <message>
        <location filename="../core/storage/postgresbackend.cpp" line="168"/>
        <source>the team catalog has schema %1 and this Slipway needs %2 (its administrator upgrades it with: slipway-cli catalog init-team %3)</source>
        <translation>le catalogue d&apos;équipe a le schéma %1 et ce Slipway demande le %2 (son administrateur le met à niveau avec : slipway-cli catalog init-team %3)</translation>
    </message>
    <message>
        <location filename="../core/storage/postgresbackend.cpp" line="190"/>
        <source>upgrading the team schema from version %1 (%2) failed: %3</source>
        <translation>la mise à niveau du schéma d&apos;équipe depuis la version %1 (%2) a échoué : %3</translation>
    </message>
</context>
<context>
    <name>Slipway::PostgresConnection</name>
    <message>
        <location filename="../core/storage/postgresbackend.cpp" line="42"/>
        <source>&quot;%1&quot; is not a postgresql:// URL</source>
        <translation>« %1 » n&apos;est pas une URL postgresql://</translation>
    </message>
    <message>
        <location filename="../core/storage/postgresbackend.cpp" line="44"/>
        <source>the URL %1 holds a password: keep it in the keychain (a named connection) or in ~/.pgpass instead</source>
        <translation>l&apos;URL %1 contient un mot de passe : gardez-le plutôt dans le trousseau (une connexion nommée) ou dans ~/.pgpass</translation>
    </message>
    <message>
        <location filename="../core/storage/postgresbackend.cpp" line="70"/>
        <source>sslmode=%1: a team catalog over the network is only reached with TLS and a verified certificate (verify-full)</source>
        <translation>sslmode=%1 : un catalogue d&apos;équipe sur le réseau n&apos;est joint qu&apos;avec TLS et un certificat vérifié (verify-full)</translation>
    </message>
    <message>
        <location filename="../core/storage/postgresbackend.cpp" line="74"/>
        <source>%1: unknown option &quot;%2&quot; (known: host, port, user, dbname, sslmode, sslrootcert, sslcert, sslkey)</source>
        <translation>%1 : option inconnue « %2 » (connues : host, port, user, dbname, sslmode, sslrootcert, sslcert, sslkey)</translation>
    </message>
    <message>
        <location filename="../core/storage/postgresbackend.cpp" line="79"/>
        <source>%1 names no server (a host, or ?host=/folder/of/the/socket)</source>
        <translation>%1 ne nomme aucun serveur (un hôte, ou ?host=/dossier/du/socket)</translation>
    </message>
    <message>
        <location filename="../core/storage/postgresbackend.cpp" line="82"/>
        <source>%1 names no database</source>
        <translation>%1 ne nomme aucune base de données</translation>
    </message>
    <message>
        <location filename="../core/storage/postgresbackend.cpp" line="85"/>
        <source>%1: spaces, quotes, &apos;;&apos; and &apos;\&apos; are not supported in its parts</source>
        <translation>%1 : les espaces, les guillemets, « ; » et « \ » ne sont pas pris en charge dans ses parties</translation>
    </message>
</context>
<context>
    <name>Slipway::ProblemsModel</name>
    <message>
        <location filename="../ui/models/problemsmodel.cpp" line="59"/>
        <source>%1, line %2</source>
        <translation>%1, ligne %2</translation>
    </message>
    <message>
        <location filename="../ui/models/problemsmodel.cpp" line="73"/>
        <source>Error: %1
Double-click to open %2.</source>
        <translation>Erreur : %1
Double-cliquez pour ouvrir %2.</translation>
    </message>
    <message>
        <location filename="../ui/models/problemsmodel.cpp" line="75"/>
        <source>Warning: %1
Double-click to open %2.</source>
        <translation>Avertissement : %1
Double-cliquez pour ouvrir %2.</translation>
    </message>
    <message>
        <location filename="../ui/models/problemsmodel.cpp" line="77"/>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
    <message>
        <location filename="../ui/models/problemsmodel.cpp" line="78"/>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
    <message>
        <location filename="../ui/models/problemsmodel.cpp" line="97"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../ui/models/problemsmodel.cpp" line="99"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../ui/models/problemsmodel.cpp" line="101"/>
        <source>Module</source>
        <translation>Module</translation>
    </message>
</context>
<context>
    <name>Slipway::RecipeEditor</name>
    <message>
        <location filename="../ui/editor/recipeeditor.cpp" line="83"/>
        <source>Plain text</source>
        <translation>Texte brut</translation>
    </message>
</context>
<context>
    <name>Slipway::RecipePane</name>
    <message>
        <location filename="../ui/editor/recipepane.cpp" line="17"/>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <location filename="../ui/editor/recipepane.cpp" line="18"/>
        <source>&amp;Replace…</source>
        <translation>&amp;Remplacer…</translation>
    </message>
    <message>
        <location filename="../ui/editor/recipepane.cpp" line="19"/>
        <source>Find &amp;Next</source>
        <translation>Rechercher le &amp;suivant</translation>
    </message>
    <message>
        <location filename="../ui/editor/recipepane.cpp" line="20"/>
        <source>Find &amp;Previous</source>
        <translation>Rechercher le &amp;précédent</translation>
    </message>
    <message>
        <location filename="../ui/editor/recipepane.cpp" line="68"/>
        <source>%1 — read-only</source>
        <translation>%1 — lecture seule</translation>
    </message>
</context>
<context>
    <name>Slipway::RelayDialog</name>
    <message>
        <location filename="../ui/relaydialog.cpp" line="30"/>
        <source>Relay</source>
        <translation>Relais</translation>
    </message>
    <message>
        <location filename="../ui/relaydialog.cpp" line="33"/>
        <source>The address the nodes call to reach Slipway.</source>
        <translation>L&apos;adresse que les nœuds appellent pour joindre Slipway.</translation>
    </message>
    <message>
        <location filename="../ui/relaydialog.cpp" line="36"/>
        <source>The address this application links to.</source>
        <translation>L&apos;adresse à laquelle cette application se relie.</translation>
    </message>
    <message>
        <location filename="../ui/relaydialog.cpp" line="38"/>
        <source>The system&apos;s certificate authorities</source>
        <translation>Les autorités de certification du système</translation>
    </message>
    <message>
        <location filename="../ui/relaydialog.cpp" line="41"/>
        <source>The secret shared with the relay; kept in the system keychain.</source>
        <translation>Le secret partagé avec le relais ; gardé dans le trousseau du système.</translation>
    </message>
    <message>
        <location filename="../ui/relaydialog.cpp" line="50"/>
        <source>Unchanged (in the keychain)</source>
        <translation>Inchangé (dans le trousseau)</translation>
    </message>
    <message>
        <location filename="../ui/relaydialog.cpp" line="55"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location filename="../ui/relaydialog.cpp" line="59"/>
        <source>Certificate Authorities</source>
        <translation>Autorités de certification</translation>
    </message>
    <message>
        <location filename="../ui/relaydialog.cpp" line="61"/>
        <source>PEM files (*.pem *.crt);;All files (*)</source>
        <translation>Fichiers PEM (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/relaydialog.cpp" line="70"/>
        <source>&amp;Nodes call:</source>
        <translation>Les &amp;nœuds appellent :</translation>
    </message>
    <message>
        <location filename="../ui/relaydialog.cpp" line="71"/>
        <source>&amp;Link to:</source>
        <translation>&amp;Relier à :</translation>
    </message>
    <message>
        <location filename="../ui/relaydialog.cpp" line="72"/>
        <source>&amp;CA file:</source>
        <translation>Fichier d&apos;&amp;AC :</translation>
    </message>
    <message>
        <location filename="../ui/relaydialog.cpp" line="73"/>
        <source>Shared &amp;secret:</source>
        <translation>&amp;Secret partagé :</translation>
    </message>
    <message>
        <location filename="../ui/relaydialog.cpp" line="76"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../ui/relaydialog.cpp" line="83"/>
        <source>The nodes of clouds that cannot reach this machine (EC2, OpenStack) reach Slipway through slipway-relay.</source>
        <translation>Les nœuds des clouds qui ne peuvent pas joindre cette machine (EC2, OpenStack) joignent Slipway par slipway-relay.</translation>
    </message>
    <message>
        <location filename="../ui/relaydialog.cpp" line="105"/>
        <source>The shared secret is needed.</source>
        <translation>Le secret partagé est nécessaire.</translation>
    </message>
    <message>
        <location filename="../ui/relaydialog.cpp" line="118"/>
        <source>Storing the secret in the keychain…</source>
        <translation>Enregistrement du secret dans le trousseau…</translation>
    </message>
    <message>
        <location filename="../ui/relaydialog.cpp" line="126"/>
        <source>The settings are saved, but not the secret: %1</source>
        <translation>Les réglages sont enregistrés, mais pas le secret : %1</translation>
    </message>
</context>
<context>
    <name>Slipway::RemoveRowCommand</name>
    <message>
        <location filename="../ui/commands/removerowcommand.cpp" line="14"/>
        <source>Remove %1</source>
        <translation>Retirer : %1</translation>
    </message>
</context>
<context>
    <name>Slipway::RunDashboard</name>
    <message>
        <location filename="../ui/runs/rundashboard.cpp" line="40"/>
        <source>All states</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <location filename="../ui/runs/rundashboard.cpp" line="51"/>
        <source>&amp;State:</source>
        <translation>É&amp;tat :</translation>
    </message>
    <message>
        <location filename="../ui/runs/rundashboard.cpp" line="58"/>
        <source>Module contains…</source>
        <translation>Le module contient…</translation>
    </message>
    <message>
        <location filename="../ui/runs/rundashboard.cpp" line="64"/>
        <source>&amp;Cloud:</source>
        <translation>&amp;Cloud :</translation>
    </message>
    <message>
        <location filename="../ui/runs/rundashboard.cpp" line="71"/>
        <source>T&amp;ag:</source>
        <translation>É&amp;tiquette :</translation>
    </message>
    <message>
        <location filename="../ui/runs/rundashboard.cpp" line="75"/>
        <source>Edit &amp;Tags…</source>
        <translation>Modifier les é&amp;tiquettes…</translation>
    </message>
    <message>
        <location filename="../ui/runs/rundashboard.cpp" line="77"/>
        <source>Change the tags of the selected run</source>
        <translation>Modifier les étiquettes de l&apos;exécution sélectionnée</translation>
    </message>
    <message>
        <location filename="../ui/runs/rundashboard.cpp" line="135"/>
        <source>Tags of Run %1</source>
        <translation>Étiquettes de l&apos;exécution %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/rundashboard.cpp" line="160"/>
        <source>Service of run %1: %2</source>
        <translation>Service de l&apos;exécution %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/runs/rundashboard.cpp" line="202"/>
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <location filename="../ui/runs/rundashboard.cpp" line="225"/>
        <source>All clouds</source>
        <translation>Tous les clouds</translation>
    </message>
</context>
<context>
    <name>Slipway::RunEngine</name>
    <message>
        <location filename="../core/run/runbuilds.cpp" line="21"/>
        <location filename="../core/run/runengine.cpp" line="85"/>
        <source>There is no cloud named %1: add it with slipway-cli cloud add.</source>
        <translation>Il n&apos;y a pas de cloud nommé %1 : ajoutez-le avec slipway-cli cloud add.</translation>
    </message>
    <message>
        <location filename="../core/run/runbuilds.cpp" line="24"/>
        <source>The cloud %1 needs the connector %2, which this Slipway does not have.</source>
        <translation>Le cloud %1 demande le connecteur %2, que ce Slipway n&apos;a pas.</translation>
    </message>
    <message>
        <location filename="../core/run/runbuilds.cpp" line="27"/>
        <source>The cloud %1 (%2) cannot build images.</source>
        <translation>Le cloud %1 (%2) ne sait pas construire d&apos;images.</translation>
    </message>
    <message>
        <location filename="../core/run/runbuilds.cpp" line="29"/>
        <source>%1 has no base image to build on in %2.</source>
        <translation>%1 n&apos;a pas d&apos;image de base sur laquelle construire dans %2.</translation>
    </message>
    <message>
        <location filename="../core/run/runbuilds.cpp" line="62"/>
        <source>Launched %1 (version %2) as a build run</source>
        <translation>%1 (version %2) lancé comme exécution de construction</translation>
    </message>
    <message>
        <location filename="../core/run/runbuilds.cpp" line="90"/>
        <source>The build did not end in time.</source>
        <translation>La construction ne s&apos;est pas terminée à temps.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/run/runbuilds.cpp" line="99"/>
        <source>Building on %1 from %2 (%n step(s))</source>
        <translation>
            <numerusform>Construction sur %1 à partir de %2 (%n étape)</numerusform>
            <numerusform>Construction sur %1 à partir de %2 (%n étapes)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/run/runbuilds.cpp" line="123"/>
        <source>Step %1: reused (%2)</source>
        <translation>Étape %1 : réutilisée (%2)</translation>
    </message>
    <message>
        <location filename="../core/run/runbuilds.cpp" line="124"/>
        <source>Step %1: run in %2 s (%3)</source>
        <translation>Étape %1 : exécutée en %2 s (%3)</translation>
    </message>
    <message>
        <location filename="../core/run/runbuilds.cpp" line="146"/>
        <source>The build failed: %1</source>
        <translation>La construction a échoué : %1</translation>
    </message>
    <message>
        <location filename="../core/run/runbuilds.cpp" line="163"/>
        <source>Built %1 (%2 of %3 steps run)</source>
        <translation>%1 construite (%2 étapes exécutées sur %3)</translation>
    </message>
    <message>
        <location filename="../core/run/runbuilds.cpp" line="190"/>
        <source>The built image %1 could not be recorded in the catalog: %2</source>
        <translation>L&apos;image construite %1 n&apos;a pas pu être enregistrée dans le catalogue : %2</translation>
    </message>
    <message>
        <location filename="../core/run/runbuilds.cpp" line="198"/>
        <source>Recorded %1 as the image of %2 version %3 on %4, built on %5</source>
        <translation>%1 enregistrée comme image de %2 version %3 sur %4, construite le %5</translation>
    </message>
    <message>
        <source>Recorded %1 as the image of %2 version %3 on %4</source>
        <translation type="vanished">%1 enregistrée comme image de %2 version %3 sur %4</translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="111"/>
        <source>The broker is not listening: the run cannot start.</source>
        <translation>Le broker n&apos;écoute pas : l&apos;exécution ne peut pas démarrer.</translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="210"/>
        <source>Launched %1 (version %2) as a %3 run</source>
        <translation>%1 (version %2) lancé comme exécution %3</translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="222"/>
        <source>The run did not reach Ready within %1 minutes.</source>
        <translation>L&apos;exécution n&apos;a pas atteint Ready en %1 minutes.</translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="296"/>
        <source>Started on %1 at %2</source>
        <translation>Démarré sur %1 à %2</translation>
    </message>
    <message>
        <source>Running as %1 at %2</source>
        <translation type="vanished">Tourne en tant que %1 sur %2</translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="336"/>
        <source>Could not be started: %1</source>
        <translation>N&apos;a pas pu être démarré : %1</translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="343"/>
        <source>%1: %2 of its instances could not be started (at most %3 may fail): %4</source>
        <translation>%1 : %2 de ses instances n&apos;ont pas pu démarrer (au plus %3 peuvent échouer) : %4</translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="367"/>
        <source>%1 cannot be bootstrapped: %2</source>
        <translation>%1 ne peut pas être amorcé : %2</translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="368"/>
        <source>it has no token</source>
        <translation>il n&apos;a pas de jeton</translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="398"/>
        <source>%1: the bootstrap failed: %2</source>
        <translation>%1 : l&apos;amorçage a échoué : %2</translation>
    </message>
    <message>
        <location filename="../core/run/runbuilds.cpp" line="209"/>
        <location filename="../core/run/runengine.cpp" line="474"/>
        <source>Aborted: %1</source>
        <translation>Avorté : %1</translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="66"/>
        <source>Parameters and reports pruned: Slipway keeps those of %1</source>
        <translation>Paramètres et rapports élagués (Slipway conserve : %1)</translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="496"/>
        <source>No node had started: there are no reports to wait for</source>
        <translation>Aucun nœud n&apos;avait démarré : il n&apos;y a pas de rapports à attendre</translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="505"/>
        <source>Waiting up to %1 s for the reports of %2</source>
        <translation>Attente des rapports de %2 pendant %1 s au plus</translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="517"/>
        <source>The report grace period is over</source>
        <translation>Le délai de grâce des rapports est écoulé</translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="532"/>
        <location filename="../core/run/runengine.cpp" line="535"/>
        <location filename="../core/run/runhealth.cpp" line="61"/>
        <source>The run %1 is not going.</source>
        <translation>L&apos;exécution %1 n&apos;est pas en cours.</translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="537"/>
        <location filename="../core/run/runengine.cpp" line="547"/>
        <source>Aborted by the user.</source>
        <translation>Avorté par l&apos;utilisateur.</translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="577"/>
        <location filename="../core/run/runscaling.cpp" line="18"/>
        <location filename="../core/run/runupdate.cpp" line="74"/>
        <source>There is no run %1.</source>
        <translation>Il n&apos;y a pas d&apos;exécution %1.</translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="583"/>
        <source>The run %1 cannot be terminated.</source>
        <translation>L&apos;exécution %1 ne peut pas être terminée.</translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="588"/>
        <location filename="../core/run/runengine.cpp" line="599"/>
        <source>Cancelled by the user</source>
        <translation>Annulé par l&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="633"/>
        <location filename="../core/run/runscaling.cpp" line="315"/>
        <source>Could not remove every instance: %1</source>
        <translation>Impossible de retirer toutes les instances : %1</translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="642"/>
        <source>Instances removed</source>
        <translation>Instances retirées</translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="670"/>
        <source>Removing what the run has on cloud %1 (%2)</source>
        <translation>Suppression de ce que l&apos;exécution a sur le cloud %1 (%2)</translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="724"/>
        <source>State: %1</source>
        <translation>État : %1</translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="799"/>
        <source>Resumed after a restart of Slipway in state %1</source>
        <translation>Repris après un redémarrage de Slipway dans l&apos;état %1</translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="858"/>
        <source>Slipway stopped while %1 was being started: the run cannot go on.</source>
        <translation>Slipway s&apos;est arrêté pendant le démarrage de %1 : l&apos;exécution ne peut pas continuer.</translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="871"/>
        <source>The run did not reach Ready in time.</source>
        <translation>L&apos;exécution n&apos;a pas atteint Ready à temps.</translation>
    </message>
    <message>
        <location filename="../core/run/runscaling.cpp" line="19"/>
        <location filename="../core/run/runscaling.cpp" line="25"/>
        <source>The run %1 is %2: only a Ready run can be scaled.</source>
        <translation>L&apos;exécution %1 est %2 : seule une exécution Ready peut être redimensionnée.</translation>
    </message>
    <message>
        <location filename="../core/run/runscaling.cpp" line="22"/>
        <source>The run %1 is an image build: it cannot be scaled.</source>
        <translation>L&apos;exécution %1 est une construction d&apos;image : elle ne peut pas être redimensionnée.</translation>
    </message>
    <message>
        <location filename="../core/run/runscaling.cpp" line="28"/>
        <location filename="../core/run/runhealth.cpp" line="67"/>
        <source>The run %1 has no node %2.</source>
        <translation>L&apos;exécution %1 n&apos;a pas de nœud %2.</translation>
    </message>
    <message>
        <location filename="../core/run/runscaling.cpp" line="30"/>
        <source>Scaling %1 by 0 changes nothing.</source>
        <translation>Redimensionner %1 de 0 ne change rien.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/run/runscaling.cpp" line="33"/>
        <source>%1 has %n instance(s): removing %2 would leave none (at least one stays).</source>
        <translation>
            <numerusform>%1 a %n instance : en retirer %2 n&apos;en laisserait aucune (au moins une reste).</numerusform>
            <numerusform>%1 a %n instances : en retirer %2 n&apos;en laisserait aucune (au moins une reste).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/run/runscaling.cpp" line="44"/>
        <location filename="../core/run/runupdate.cpp" line="105"/>
        <source>The cloud %1 cannot add or remove instances of a running run.</source>
        <translation>Le cloud %1 ne sait pas ajouter ni retirer d&apos;instances d&apos;une exécution en cours.</translation>
    </message>
    <message>
        <location filename="../core/run/runscaling.cpp" line="79"/>
        <location filename="../core/run/runscaling.cpp" line="82"/>
        <source>Could not add instances of %1: %2</source>
        <translation>Impossible d&apos;ajouter des instances de %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/run/runscaling.cpp" line="118"/>
        <source>Scaling %1 by +%2: %3</source>
        <translation>Redimensionnement de %1 de +%2 : %3</translation>
    </message>
    <message>
        <location filename="../core/run/runscaling.cpp" line="162"/>
        <location filename="../core/run/runscaling.cpp" line="165"/>
        <source>Could not remove instances of %1: %2</source>
        <translation>Impossible de retirer des instances de %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/run/runscaling.cpp" line="171"/>
        <source>Scaling %1 by -%2: %3</source>
        <translation>Redimensionnement de %1 de -%2 : %3</translation>
    </message>
    <message>
        <location filename="../core/run/runscaling.cpp" line="200"/>
        <source>The scaling of the run did not end in time.</source>
        <translation>Le redimensionnement de l&apos;exécution ne s&apos;est pas terminé à temps.</translation>
    </message>
    <message>
        <location filename="../core/run/runscaling.cpp" line="254"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../core/run/runscaling.cpp" line="265"/>
        <source>Running %1 for %2</source>
        <translation>Exécution de %1 pour %2</translation>
    </message>
    <message>
        <location filename="../core/run/runscaling.cpp" line="284"/>
        <source>%1: %2 failed: %3</source>
        <translation>%1 : %2 a échoué : %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/run/runscaling.cpp" line="400"/>
        <source>Scaled %1: %n instance(s)</source>
        <translation>
            <numerusform>%1 redimensionné : %n instance</numerusform>
            <numerusform>%1 redimensionné : %n instances</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/run/runscaling.cpp" line="452"/>
        <source>Slipway stopped while %1 were being started: they leave the run</source>
        <translation>Slipway s&apos;est arrêté pendant le démarrage de %1 : elles quittent l&apos;exécution</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/run/runupdate.cpp" line="57"/>
        <source>add %n instance(s) of %1</source>
        <translation>
            <numerusform>ajouter %n instance de %1</numerusform>
            <numerusform>ajouter %n instances de %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/run/runupdate.cpp" line="59"/>
        <source>remove %1</source>
        <translation>retirer %1</translation>
    </message>
    <message>
        <location filename="../core/run/runupdate.cpp" line="61"/>
        <source>run execute again on %1</source>
        <translation>relancer execute sur %1</translation>
    </message>
    <message>
        <location filename="../core/run/runupdate.cpp" line="76"/>
        <location filename="../core/run/runupdate.cpp" line="82"/>
        <source>The run %1 is %2: only a Ready run can be updated.</source>
        <translation>L&apos;exécution %1 est %2 : seule une exécution Ready peut être mise à jour.</translation>
    </message>
    <message>
        <location filename="../core/run/runupdate.cpp" line="79"/>
        <source>The run %1 is an image build: it cannot be updated.</source>
        <translation>L&apos;exécution %1 est une construction d&apos;image : elle ne peut pas être mise à jour.</translation>
    </message>
    <message>
        <location filename="../core/run/runupdate.cpp" line="85"/>
        <source>The plan was made for another state of the run %1: make it again.</source>
        <translation>Le plan a été établi pour un autre état de l&apos;exécution %1 : établissez-le de nouveau.</translation>
    </message>
    <message>
        <location filename="../core/run/runupdate.cpp" line="88"/>
        <source>The update cannot be applied in place: %1</source>
        <translation>La mise à jour ne peut pas être appliquée sur place : %1</translation>
    </message>
    <message>
        <location filename="../core/run/runupdate.cpp" line="90"/>
        <source>The run %1 already runs what version %2 has: nothing to update.</source>
        <translation>L&apos;exécution %1 exécute déjà ce que contient la version %2 : rien à mettre à jour.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/run/runupdate.cpp" line="207"/>
        <source>Updating from version %1 to %2 (%3), %n step(s)</source>
        <translation>
            <numerusform>Mise à jour de la version %1 vers la %2 (%3), %n étape</numerusform>
            <numerusform>Mise à jour de la version %1 vers la %2 (%3), %n étapes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/run/runupdate.cpp" line="254"/>
        <source>%1 step %2 of %3: %4</source>
        <translation>%1, étape %2 sur %3 : %4</translation>
    </message>
    <message>
        <location filename="../core/run/runupdate.cpp" line="255"/>
        <source>Roll back</source>
        <translation>Retour arrière</translation>
    </message>
    <message>
        <location filename="../core/run/runupdate.cpp" line="255"/>
        <source>Update</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <location filename="../core/run/runupdate.cpp" line="298"/>
        <source>%1 is not a node of the version to run.</source>
        <translation>%1 n&apos;est pas un nœud de la version à exécuter.</translation>
    </message>
    <message>
        <location filename="../core/run/runupdate.cpp" line="331"/>
        <source>%1 read %2 from the outputs of version %3</source>
        <translation>%1 : %2 lu depuis les sorties de la version %3</translation>
    </message>
    <message>
        <location filename="../core/run/runupdate.cpp" line="402"/>
        <source>Could not heal: %1</source>
        <translation>Réparation impossible : %1</translation>
    </message>
    <message>
        <location filename="../core/run/runupdate.cpp" line="403"/>
        <source>Replaced by the health check</source>
        <translation>Remplacée par le contrôle de santé</translation>
    </message>
    <message>
        <location filename="../core/run/runupdate.cpp" line="404"/>
        <source>Restarted by the health check</source>
        <translation>Redémarrée par le contrôle de santé</translation>
    </message>
    <message>
        <location filename="../core/run/runupdate.cpp" line="408"/>
        <source>%1: the update to version %2 failed and was rolled back: %3</source>
        <translation>%1 : la mise à jour vers la version %2 a échoué et a été annulée : %3</translation>
    </message>
    <message>
        <location filename="../core/run/runupdate.cpp" line="414"/>
        <source>Rolled back: every instance runs version %1 again</source>
        <translation>Retour arrière effectué : chaque instance exécute de nouveau la version %1</translation>
    </message>
    <message>
        <location filename="../core/run/runupdate.cpp" line="423"/>
        <source>%1: updated from version %2 to %3</source>
        <translation>%1 : mis à jour de la version %2 vers la %3</translation>
    </message>
    <message>
        <location filename="../core/run/runupdate.cpp" line="427"/>
        <source>Updated to version %1</source>
        <translation>Mis à jour vers la version %1</translation>
    </message>
    <message>
        <location filename="../core/run/runupdate.cpp" line="451"/>
        <source>The update failed: %1. Rolling back to version %2.</source>
        <translation>La mise à jour a échoué : %1. Retour arrière vers la version %2.</translation>
    </message>
    <message>
        <location filename="../core/run/runupdate.cpp" line="516"/>
        <source>Carrying on the roll back to version %1</source>
        <translation>Poursuite du retour arrière vers la version %1</translation>
    </message>
    <message>
        <location filename="../core/run/runupdate.cpp" line="517"/>
        <source>Carrying on the update to version %1</source>
        <translation>Poursuite de la mise à jour vers la version %1</translation>
    </message>
    <message>
        <location filename="../core/run/runupdate.cpp" line="541"/>
        <source>Started after it left the run: removed</source>
        <translation>Démarrée après avoir quitté l&apos;exécution : supprimée</translation>
    </message>
    <message>
        <location filename="../core/run/runhealth.cpp" line="69"/>
        <source>The image of %1 has no check recipe.</source>
        <translation>L&apos;image de %1 n&apos;a pas de recette de contrôle.</translation>
    </message>
    <message>
        <location filename="../core/run/runhealth.cpp" line="71"/>
        <source>A check runs at least every second and fails at least once.</source>
        <translation>L&apos;intervalle des contrôles est d&apos;au moins une seconde et le seuil d&apos;échecs d&apos;au moins un.</translation>
    </message>
    <message>
        <location filename="../core/run/runhealth.cpp" line="81"/>
        <source>Health checks of %1: every %2 s, unhealthy after %3 failure(s), then %4</source>
        <translation>Contrôles de santé de %1 : toutes les %2 s, en mauvaise santé après %3 échec(s), puis %4</translation>
    </message>
    <message>
        <location filename="../core/run/runhealth.cpp" line="203"/>
        <source>Healthy again</source>
        <translation>De nouveau en bonne santé</translation>
    </message>
    <message>
        <location filename="../core/run/runhealth.cpp" line="214"/>
        <source>Check failed (%1 of %2): %3</source>
        <translation>Contrôle échoué (%1 sur %2) : %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/run/runhealth.cpp" line="223"/>
        <source>Unhealthy: its check failed %n time(s) in a row</source>
        <translation>
            <numerusform>En mauvaise santé : son contrôle a échoué %n fois de suite</numerusform>
            <numerusform>En mauvaise santé : son contrôle a échoué %n fois de suite</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/run/runhealth.cpp" line="237"/>
        <source>Cannot be replaced: its cloud does not add instances to a run</source>
        <translation>Remplacement impossible : son cloud n&apos;ajoute pas d&apos;instances à une exécution</translation>
    </message>
    <message>
        <location filename="../core/run/runhealth.cpp" line="252"/>
        <source>Restarting: execute runs again</source>
        <translation>Redémarrage : execute s&apos;exécute de nouveau</translation>
    </message>
    <message>
        <location filename="../core/run/runhealth.cpp" line="259"/>
        <source>Replacing: a new instance of %1 takes its place</source>
        <translation>Remplacement : une nouvelle instance de %1 prend sa place</translation>
    </message>
</context>
<context>
    <name>Slipway::RunHost</name>
    <message>
        <location filename="../core/run/runhost.cpp" line="119"/>
        <source>Cannot read the broker&apos;s CA %1: %2</source>
        <translation>Impossible de lire l&apos;autorité de certification du broker %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/run/runhost.cpp" line="183"/>
        <source>The setting broker/listen says &quot;%1&quot;: &quot;%2&quot; is not an IP address. Expected auto, all, or IP addresses separated by commas.</source>
        <translation>Le paramètre broker/listen indique « %1 » : « %2 » n&apos;est pas une adresse IP. Attendu : auto, all, ou des adresses IP séparées par des virgules.</translation>
    </message>
    <message>
        <location filename="../core/run/runhost.cpp" line="190"/>
        <source>The setting broker/listen says &quot;%1&quot;, which names no address. Expected auto, all, or IP addresses separated by commas.</source>
        <translation>Le paramètre broker/listen indique « %1 », qui ne nomme aucune adresse. Attendu : auto, all, ou des adresses IP séparées par des virgules.</translation>
    </message>
    <message>
        <location filename="../core/run/runhost.cpp" line="250"/>
        <source>The relay&apos;s shared secret must have at least 16 characters.</source>
        <translation>Le secret partagé du relais doit avoir au moins 16 caractères.</translation>
    </message>
    <message>
        <location filename="../core/run/runhost.cpp" line="252"/>
        <source>Relay %1: %2</source>
        <translation>Relais %1 : %2</translation>
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
        <translation>Du catalogue d&apos;équipe %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/runlistmodel.cpp" line="216"/>
        <source>%1 (terminated)</source>
        <translation>%1 (terminée)</translation>
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
            <numerusform>%n en mauvaise santé</numerusform>
            <numerusform>%n en mauvaise santé</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/runs/runlistmodel.cpp" line="250"/>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <location filename="../ui/runs/runlistmodel.cpp" line="252"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/runs/runlistmodel.cpp" line="254"/>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <location filename="../ui/runs/runlistmodel.cpp" line="256"/>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <location filename="../ui/runs/runlistmodel.cpp" line="258"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../ui/runs/runlistmodel.cpp" line="260"/>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../ui/runs/runlistmodel.cpp" line="262"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../ui/runs/runlistmodel.cpp" line="264"/>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
</context>
<context>
    <name>Slipway::RunOutputPane</name>
    <message>
        <location filename="../ui/runs/runoutputpane.cpp" line="153"/>
        <source>&amp;Follow</source>
        <translation>&amp;Suivre</translation>
    </message>
    <message>
        <location filename="../ui/runs/runoutputpane.cpp" line="157"/>
        <source>Keep the newest output in sight; off, the view is paused and holds what arrives until you turn it on again</source>
        <translation>Garder la sortie la plus récente en vue ; désactivé, la vue est en pause et retient ce qui arrive jusqu&apos;à ce que vous le réactiviez</translation>
    </message>
    <message>
        <location filename="../ui/runs/runoutputpane.cpp" line="164"/>
        <source>Find in the output (Enter: next, Shift+Enter: previous)</source>
        <translation>Rechercher dans la sortie (Entrée : suivant, Maj+Entrée : précédent)</translation>
    </message>
    <message>
        <location filename="../ui/runs/runoutputpane.cpp" line="168"/>
        <source>&amp;Keep lines:</source>
        <translation>&amp;Lignes conservées :</translation>
    </message>
    <message>
        <location filename="../ui/runs/runoutputpane.cpp" line="174"/>
        <source>The most lines the view keeps; older lines make room for new ones. The broker keeps the last %1 KiB of each instance.</source>
        <translation>Le nombre maximal de lignes que la vue conserve ; les plus anciennes font place aux nouvelles. Le broker conserve les derniers %1 Kio de chaque instance.</translation>
    </message>
    <message>
        <location filename="../ui/runs/runoutputpane.cpp" line="195"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../ui/runs/runoutputpane.cpp" line="418"/>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/runs/runoutputpane.cpp" line="421"/>
        <source>Paused: %n new line(s) held</source>
        <translation>
            <numerusform>En pause : %n nouvelle ligne retenue</numerusform>
            <numerusform>En pause : %n nouvelles lignes retenues</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Slipway::RunParameterModel</name>
    <message>
        <location filename="../ui/runs/runparametermodel.cpp" line="115"/>
        <source>Parameter</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <location filename="../ui/runs/runparametermodel.cpp" line="115"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
</context>
<context>
    <name>Slipway::RunRecorder</name>
    <message>
        <location filename="../ui/runs/runrecorder.cpp" line="28"/>
        <source>The run %1 did not end within the time allowed.</source>
        <translation>L&apos;exécution %1 ne s&apos;est pas terminée dans le temps imparti.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/runs/runrecorder.cpp" line="31"/>
        <source>The run was not Ready within %n minute(s).</source>
        <translation>
            <numerusform>L&apos;exécution n&apos;était pas Ready en %n minute.</numerusform>
            <numerusform>L&apos;exécution n&apos;était pas Ready en %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The runs cannot be hosted: %1</source>
        <translation type="vanished">Les exécutions ne peuvent pas être hébergées : %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/runrecorder.cpp" line="43"/>
        <source>The launch failed: %1</source>
        <translation>Le lancement a échoué : %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/runrecorder.cpp" line="68"/>
        <source>The run %1 was Ready and is terminated; its pictures are in %2</source>
        <translation>L&apos;exécution %1 a été Ready et est terminée ; ses images sont dans %2</translation>
    </message>
    <message>
        <location filename="../ui/runs/runrecorder.cpp" line="89"/>
        <source>The run %1 could not be terminated.</source>
        <translation>L&apos;exécution %1 n&apos;a pas pu être terminée.</translation>
    </message>
    <message>
        <location filename="../ui/runs/runrecorder.cpp" line="94"/>
        <source>The run %1 ended %2 without being Ready: %3</source>
        <translation>L&apos;exécution %1 s&apos;est achevée %2 sans être Ready : %3</translation>
    </message>
    <message>
        <location filename="../ui/runs/runrecorder.cpp" line="113"/>
        <source>Could not write the picture %1.</source>
        <translation>Impossible d&apos;écrire l&apos;image %1.</translation>
    </message>
</context>
<context>
    <name>Slipway::RunView</name>
    <message>
        <location filename="../ui/runs/runview.cpp" line="96"/>
        <location filename="../ui/runs/runview.cpp" line="564"/>
        <source>&lt;b&gt;%1&lt;/b&gt; v%2 — run %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; v%2 — exécution %3</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="vanished">depuis %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/runview.cpp" line="105"/>
        <source>from the team catalog %1</source>
        <translation>du catalogue d&apos;équipe %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/runview.cpp" line="121"/>
        <source>Ta&amp;gs…</source>
        <translation>Éti&amp;quettes…</translation>
    </message>
    <message>
        <location filename="../ui/runs/runview.cpp" line="123"/>
        <source>Change the run&apos;s tags</source>
        <translation>Modifier les étiquettes de l&apos;exécution</translation>
    </message>
    <message>
        <location filename="../ui/runs/runview.cpp" line="133"/>
        <source>The node to scale</source>
        <translation>Le nœud à redimensionner</translation>
    </message>
    <message>
        <location filename="../ui/runs/runview.cpp" line="138"/>
        <source>Instances to add (positive) or remove (negative)</source>
        <translation>Instances à ajouter (positif) ou à retirer (négatif)</translation>
    </message>
    <message>
        <location filename="../ui/runs/runview.cpp" line="139"/>
        <source>&amp;Scale</source>
        <translation>&amp;Redimensionner</translation>
    </message>
    <message>
        <location filename="../ui/runs/runview.cpp" line="144"/>
        <source>&amp;Abort…</source>
        <translation>&amp;Interrompre…</translation>
    </message>
    <message>
        <location filename="../ui/runs/runview.cpp" line="146"/>
        <source>&amp;Terminate</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <location filename="../ui/runs/runview.cpp" line="149"/>
        <source>Te&amp;rminal</source>
        <translation>Te&amp;rminal</translation>
    </message>
    <message>
        <location filename="../ui/runs/runview.cpp" line="153"/>
        <source>Open a terminal logged in to the selected instance (SSH, or a shell in its container)</source>
        <translation>Ouvrir un terminal connecté à l&apos;instance sélectionnée (SSH, ou un shell dans son conteneur)</translation>
    </message>
    <message>
        <location filename="../ui/runs/runview.cpp" line="156"/>
        <source>&amp;Update…</source>
        <translation>Mettre à &amp;jour…</translation>
    </message>
    <message>
        <location filename="../ui/runs/runview.cpp" line="158"/>
        <source>Move the run to another version of its module: see the plan, then apply it node by node</source>
        <translation>Faire passer l&apos;exécution à une autre version de son module : voir le plan, puis l&apos;appliquer nœud par nœud</translation>
    </message>
    <message>
        <location filename="../ui/runs/runview.cpp" line="221"/>
        <source>&amp;Log</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <location filename="../ui/runs/runview.cpp" line="223"/>
        <source>&amp;Output</source>
        <translation>&amp;Sortie</translation>
    </message>
    <message>
        <location filename="../ui/runs/runview.cpp" line="233"/>
        <source>Sa&amp;ve As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location filename="../ui/runs/runview.cpp" line="236"/>
        <source>Save the selected report to a file, exactly as uploaded</source>
        <translation>Enregistrer le rapport sélectionné dans un fichier, tel qu&apos;il a été envoyé</translation>
    </message>
    <message>
        <location filename="../ui/runs/runview.cpp" line="244"/>
        <source>&amp;Reports</source>
        <translation>&amp;Rapports</translation>
    </message>
    <message>
        <location filename="../ui/runs/runview.cpp" line="255"/>
        <source>%v of %m steps</source>
        <translation>%v étapes sur %m</translation>
    </message>
    <message>
        <location filename="../ui/runs/runview.cpp" line="273"/>
        <source>&amp;Parameters</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <location filename="../ui/runs/runview.cpp" line="312"/>
        <source>Save Report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <location filename="../ui/runs/runview.cpp" line="430"/>
        <source>Version %1 of %2 cannot be read from its catalog (%3): the diagram is not shown and the run cannot be updated.</source>
        <translation>La version %1 de %2 ne peut pas être lue dans son catalogue (%3) : le diagramme n&apos;est pas affiché et l&apos;exécution ne peut pas être mise à jour.</translation>
    </message>
    <message>
        <location filename="../ui/runs/runview.cpp" line="435"/>
        <source>the local catalog</source>
        <translation>le catalogue local</translation>
    </message>
    <message>
        <location filename="../ui/runs/runview.cpp" line="445"/>
        <source>%1 comes from the team catalog %2, which is not open: &lt;a href=&quot;open&quot;&gt;open it&lt;/a&gt; (or File → Open Team Catalog…) to see the run&apos;s diagram and to update the run. The run itself goes on.</source>
        <translation>%1 vient du catalogue d&apos;équipe %2, qui n&apos;est pas ouvert : &lt;a href=&quot;open&quot;&gt;ouvrez-le&lt;/a&gt; (ou Fichier → Ouvrir un catalogue d&apos;équipe…) pour voir le diagramme de l&apos;exécution et la mettre à jour. L&apos;exécution elle-même continue.</translation>
    </message>
    <message>
        <location filename="../ui/runs/runview.cpp" line="479"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/runs/runview.cpp" line="486"/>
        <source>Aborting: %1</source>
        <translation>Interruption : %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/runview.cpp" line="496"/>
        <source>Terminating the run&apos;s instances…</source>
        <translation>Arrêt des instances de l&apos;exécution…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/runs/runview.cpp" line="507"/>
        <source>Adding %n instance(s) of %1…</source>
        <translation>
            <numerusform>Ajout de %n instance de %1…</numerusform>
            <numerusform>Ajout de %n instances de %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/runs/runview.cpp" line="508"/>
        <source>Removing %n instance(s) of %1…</source>
        <translation>
            <numerusform>Retrait de %n instance de %1…</numerusform>
            <numerusform>Retrait de %n instances de %1…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/runs/runview.cpp" line="527"/>
        <source>Updating to version %1…</source>
        <translation>Mise à jour vers la version %1…</translation>
    </message>
    <message>
        <location filename="../ui/runs/runview.cpp" line="544"/>
        <source>Healing: step %v of %m</source>
        <translation>Réparation : étape %v sur %m</translation>
    </message>
    <message>
        <location filename="../ui/runs/runview.cpp" line="546"/>
        <source>Rolling back to version %1: step %v of %m</source>
        <translation>Retour arrière vers la version %1 : étape %v sur %m</translation>
    </message>
    <message>
        <location filename="../ui/runs/runview.cpp" line="547"/>
        <source>Updating to version %1: step %v of %m</source>
        <translation>Mise à jour vers la version %1 : étape %v sur %m</translation>
    </message>
    <message>
        <location filename="../ui/runs/runview.cpp" line="591"/>
        <source>Abort Run %1</source>
        <translation>Interrompre l&apos;exécution %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/runview.cpp" line="592"/>
        <source>Reason (the nodes see it):</source>
        <translation>Raison (les nœuds la voient) :</translation>
    </message>
    <message>
        <location filename="../ui/runs/runview.cpp" line="594"/>
        <source>Aborted from the run view</source>
        <translation>Interrompue depuis la vue de l&apos;exécution</translation>
    </message>
    <message>
        <location filename="../ui/runs/runview.cpp" line="603"/>
        <source>Terminate Run %1</source>
        <translation>Terminer l&apos;exécution %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/runview.cpp" line="604"/>
        <source>Remove every instance of run %1? Their data is lost.</source>
        <translation>Supprimer toutes les instances de l&apos;exécution %1 ? Leurs données seront perdues.</translation>
    </message>
    <message>
        <location filename="../ui/runs/runview.cpp" line="616"/>
        <source>%1, instances removed</source>
        <translation>%1, instances supprimées</translation>
    </message>
    <message>
        <location filename="../ui/runs/runview.cpp" line="621"/>
        <source>Aborted: %1</source>
        <translation>Avorté : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/runs/runview.cpp" line="630"/>
        <source>%1 now has %n instance(s).</source>
        <translation>
            <numerusform>%1 a maintenant %n instance.</numerusform>
            <numerusform>%1 a maintenant %n instances.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/runs/runview.cpp" line="654"/>
        <source>No tags</source>
        <translation>Pas d&apos;étiquettes</translation>
    </message>
    <message>
        <location filename="../ui/runs/runview.cpp" line="654"/>
        <source>Tags: %1</source>
        <translation>Étiquettes : %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/runview.cpp" line="695"/>
        <source>Service: %1</source>
        <translation>Service : %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/runview.cpp" line="741"/>
        <source>Log of the run (select an instance for its own)</source>
        <translation>Journal de l&apos;exécution (sélectionnez une instance pour le sien)</translation>
    </message>
    <message>
        <location filename="../ui/runs/runview.cpp" line="742"/>
        <source>Log of %1</source>
        <translation>Journal de %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/runs/runview.cpp" line="788"/>
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n octet</numerusform>
            <numerusform>%n octets</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/runs/runview.cpp" line="806"/>
        <source>Loading %1…</source>
        <translation>Chargement de %1…</translation>
    </message>
    <message>
        <location filename="../ui/runs/runview.cpp" line="819"/>
        <location filename="../ui/runs/runview.cpp" line="845"/>
        <source>%1 is no longer kept.</source>
        <translation>%1 n&apos;est plus conservé.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/runs/runview.cpp" line="826"/>
        <source>%1: %n byte(s) of binary data; save it to read it</source>
        <translation>
            <numerusform>%1 : %n octet de données binaires ; enregistrez-le pour le lire</numerusform>
            <numerusform>%1 : %n octets de données binaires ; enregistrez-le pour le lire</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/runs/runview.cpp" line="852"/>
        <source>Cannot save %1: %2</source>
        <translation>Impossible d&apos;enregistrer %1 : %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/runs/runview.cpp" line="856"/>
        <source>Saved %1 (%n byte(s)).</source>
        <translation>
            <numerusform>%1 enregistré (%n octet).</numerusform>
            <numerusform>%1 enregistré (%n octets).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n byte(s) of binary data</source>
        <translation type="vanished">
            <numerusform>%1 : %n octet de données binaires</numerusform>
            <numerusform>%1 : %n octets de données binaires</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/runs/terminallauncher.cpp" line="65"/>
        <source>%1 is not an address Slipway can log in to.</source>
        <translation>%1 n&apos;est pas une adresse à laquelle Slipway peut se connecter.</translation>
    </message>
    <message>
        <location filename="../ui/runs/terminallauncher.cpp" line="72"/>
        <source>No terminal emulator found: set TERMINAL, or run %1 yourself.</source>
        <translation>Aucun émulateur de terminal trouvé : définissez TERMINAL, ou lancez %1 vous-même.</translation>
    </message>
    <message>
        <location filename="../ui/runs/terminallauncher.cpp" line="79"/>
        <source>%1 could not be started.</source>
        <translation>%1 n&apos;a pas pu être démarré.</translation>
    </message>
</context>
<context>
    <name>Slipway::RuntimeParameterStore</name>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="145"/>
        <source>The run database %1 failed: %2</source>
        <translation>La base des exécutions %1 a échoué : %2</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="155"/>
        <source>Cannot open the run database %1: %2</source>
        <translation>Impossible d&apos;ouvrir la base des exécutions %1 : %2</translation>
    </message>
    <message>
        <source>The run database %1 is locked: %2</source>
        <translation type="vanished">La base des exécutions %1 est verrouillée : %2</translation>
    </message>
    <message>
        <source>Cannot create the run tables in %1: %2</source>
        <translation type="vanished">Impossible de créer les tables des exécutions dans %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="297"/>
        <source>&apos;%1&apos; is not a run id.</source>
        <translation>« %1 » n&apos;est pas un identifiant d&apos;exécution.</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="301"/>
        <source>The run &apos;%1&apos; exists already.</source>
        <translation>L&apos;exécution « %1 » existe déjà.</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="307"/>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="481"/>
        <source>&apos;%1&apos; is not a node name.</source>
        <translation>« %1 » n&apos;est pas un nom de nœud.</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="311"/>
        <source>The node %1 has a bad multiplicity.</source>
        <translation>Le nœud %1 a une multiplicité incorrecte.</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="318"/>
        <source>The node %1 appears twice.</source>
        <translation>Le nœud %1 apparaît deux fois.</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="331"/>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="496"/>
        <source>&apos;%1&apos; is not a parameter name.</source>
        <translation>« %1 » n&apos;est pas un nom de paramètre.</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="353"/>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="523"/>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="749"/>
        <source>The mapping source &apos;%1&apos; is not an instance parameter of this run.</source>
        <translation>La source de correspondance « %1 » n&apos;est pas un paramètre d&apos;instance de cette exécution.</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="363"/>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="528"/>
        <source>The mapping target %1:%2 is not declared.</source>
        <translation>La cible de correspondance %1:%2 n&apos;est pas déclarée.</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="375"/>
        <source>The mapping target node %1 does not exist.</source>
        <translation>Le nœud cible de correspondance %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="394"/>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="400"/>
        <source>Cannot store the run %1: %2</source>
        <translation>Impossible d&apos;enregistrer l&apos;exécution %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="491"/>
        <source>The node %1 cannot get %2 more instances.</source>
        <translation>Le nœud %1 ne peut pas recevoir %2 instances de plus.</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="561"/>
        <source>Cannot store the new instances of %1: %2</source>
        <translation>Impossible d&apos;enregistrer les nouvelles instances de %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="622"/>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="733"/>
        <source>The run has no instance %1.</source>
        <translation>L&apos;exécution n&apos;a pas d&apos;instance %1.</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="631"/>
        <source>Cannot remove instances of the run %1: %2</source>
        <translation>Impossible de retirer des instances de l&apos;exécution %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="761"/>
        <source>Cannot change the mappings of %1: %2</source>
        <translation>Impossible de modifier les correspondances de %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="854"/>
        <source>The run is aborted: %1</source>
        <translation>L&apos;exécution est avortée : %1</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="878"/>
        <source>A new token has 43 to 256 characters of A-Z, a-z, 0-9, - and _.</source>
        <translation>Un nouveau jeton a de 43 à 256 caractères parmi A-Z, a-z, 0-9, - et _.</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="739"/>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="903"/>
        <source>The run has no parameter %1.</source>
        <translation>L&apos;exécution n&apos;a pas de paramètre %1.</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="906"/>
        <source>%1 is not set yet.</source>
        <translation>%1 n&apos;est pas encore défini.</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="936"/>
        <source>The node %1 has no parameter %2.</source>
        <translation>Le nœud %1 n&apos;a pas de paramètre %2.</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="968"/>
        <source>%1 may not set %2: a node sets only its own parameters. Set an output of %1&apos;s node and map it to that input in the deployment.</source>
        <translation>%1 ne peut pas définir %2 : un nœud ne définit que ses propres paramètres. Définissez une sortie du nœud de %1 et reliez-la à cette entrée dans le déploiement.</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="973"/>
        <source>%1 is set by Slipway, not by the node: read it with ss-get, or publish your own value under another name.</source>
        <translation>%1 est défini par Slipway, pas par le nœud : lisez-le avec ss-get, ou publiez votre propre valeur sous un autre nom.</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="979"/>
        <source>The run has no parameter %1: check the key, or declare the parameter on the node.</source>
        <translation>L&apos;exécution n&apos;a pas de paramètre %1 : vérifiez la clé, ou déclarez le paramètre sur le nœud.</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="1227"/>
        <source>The reports of %1 would take %2 MiB; an instance may keep at most %3 MiB of reports. Upload fewer or smaller files (an upload with an existing name replaces it).</source>
        <translation>Les rapports de %1 occuperaient %2 Mio ; une instance peut garder au plus %3 Mio de rapports. Envoyez moins de fichiers ou des fichiers plus petits (un envoi sous un nom existant le remplace).</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="1235"/>
        <source>The reports of this run would take %1 MiB; a run may keep at most %2 MiB of reports.</source>
        <translation>Les rapports de cette exécution occuperaient %1 Mio ; une exécution peut garder au plus %2 Mio de rapports.</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="477"/>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="942"/>
        <source>The run has no node %1.</source>
        <translation>L&apos;exécution n&apos;a pas de nœud %1.</translation>
    </message>
    <message>
        <source>%1 may not set %2: a node sets only its own parameters.</source>
        <translation type="vanished">%1 ne peut pas définir %2 : un nœud ne définit que ses propres paramètres.</translation>
    </message>
    <message>
        <source>%1 is set by Slipway, not by the node.</source>
        <translation type="vanished">%1 est défini par Slipway, pas par le nœud.</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="990"/>
        <source>The value of %1 has %2 characters; at most %3 are allowed.</source>
        <translation>La valeur de %1 a %2 caractères ; au plus %3 sont permis.</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="869"/>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="1076"/>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="1112"/>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="1207"/>
        <source>%1 is not in this run.</source>
        <translation>%1 ne fait pas partie de cette exécution.</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="1078"/>
        <source>Aborted by Slipway.</source>
        <translation>Avorté par Slipway.</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="1079"/>
        <source>Aborted by %1.</source>
        <translation>Avorté par %1.</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="1083"/>
        <source>The abort reason is longer than %1 characters.</source>
        <translation>La raison de l&apos;avortement dépasse %1 caractères.</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="1116"/>
        <source>the user</source>
        <translation>l&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="1117"/>
        <source>the run&apos;s timeout</source>
        <translation>le délai de l&apos;exécution</translation>
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
        <translation>L&apos;avortement a été déclenché par %1 : un nœud ne peut annuler qu&apos;un avortement déclenché par un nœud.</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="1210"/>
        <source>&apos;%1&apos; is not a report file name.</source>
        <translation>« %1 » n&apos;est pas un nom de fichier de rapport.</translation>
    </message>
</context>
<context>
    <name>Slipway::SaveDialog</name>
    <message>
        <location filename="../ui/savedialog.cpp" line="18"/>
        <source>Save %1</source>
        <translation>Enregistrer %1</translation>
    </message>
    <message>
        <location filename="../ui/savedialog.cpp" line="20"/>
        <source>What changed, and why</source>
        <translation>Ce qui a changé, et pourquoi</translation>
    </message>
    <message>
        <location filename="../ui/savedialog.cpp" line="21"/>
        <source>Saving creates version %1 of %2. &amp;Comment:</source>
        <translation>L&apos;enregistrement crée la version %1 de %2. &amp;Commentaire :</translation>
    </message>
</context>
<context>
    <name>Slipway::SettingsDialog</name>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="59"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Local containers (Podman or Docker)</source>
        <translation type="vanished">Conteneurs locaux (Podman ou Docker)</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="84"/>
        <source>Clouds:</source>
        <translation>Clouds :</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="91"/>
        <source>&amp;Default cloud:</source>
        <translation>Cloud par &amp;défaut :</translation>
    </message>
    <message>
        <source>Nodes that name no cloud run in the default cloud.</source>
        <translation type="vanished">Les nœuds qui ne nomment aucun cloud s&apos;exécutent dans le cloud par défaut.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="43"/>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="44"/>
        <source>&amp;Test</source>
        <translation>&amp;Tester</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="45"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="46"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="47"/>
        <source>Re&amp;lay…</source>
        <translation>Re&amp;lais…</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="82"/>
        <source>Set up slipway-relay, through which the nodes of EC2 and OpenStack reach this machine</source>
        <translation>Configurer slipway-relay, par lequel les nœuds d&apos;EC2 et d&apos;OpenStack joignent cette machine</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="92"/>
        <source>Nodes that name no cloud run in the default cloud. Credentials are kept in the system keychain, never in this list.</source>
        <translation>Les nœuds qui ne nomment aucun nuage tournent dans le nuage par défaut. Les identifiants sont gardés dans le trousseau du système, jamais dans cette liste.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="98"/>
        <source>Clouds</source>
        <translation>Clouds</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="110"/>
        <source>Remove %1</source>
        <translation>Retirer : %1</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="111"/>
        <source>Remove the cloud %1 and its credentials from the keychain? Runs on it keep their records.</source>
        <translation>Supprimer le cloud %1 et ses identifiants du trousseau ? Les exécutions qui l&apos;ont utilisé gardent leurs enregistrements.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="120"/>
        <source>The relay is set up: %1</source>
        <translation>Le relais est configuré : %1</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="131"/>
        <source>Editor &amp;font:</source>
        <translation>&amp;Police de l&apos;éditeur :</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="134"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="136"/>
        <source>Font &amp;size:</source>
        <translation>&amp;Taille de police :</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="138"/>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="139"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="140"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="142"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="143"/>
        <source>Editor</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="150"/>
        <source>all</source>
        <translation>toutes</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="152"/>
        <source>&amp;Keep the finished runs:</source>
        <translation>&amp;Conserver les exécutions terminées :</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="155"/>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="156"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="158"/>
        <source>For at &amp;most:</source>
        <translation>Pendant au &amp;plus :</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="159"/>
        <source>The parameters and reports of the newest finished runs are kept, each for at most this long after it finished; older ones are removed when the runs are next hosted. Their records (state, events, instances) stay.</source>
        <translation>Les paramètres et rapports des exécutions terminées les plus récentes sont conservés, chacun au plus pendant cette durée après sa fin ; les plus anciens sont supprimés au prochain hébergement des exécutions. Leurs enregistrements (état, événements, instances) restent.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="172"/>
        <source>auto, all, or IP addresses separated by commas</source>
        <translation>auto, all, ou des adresses IP séparées par des virgules</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="173"/>
        <source>&amp;Broker listens on:</source>
        <translation>Le &amp;broker écoute sur :</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="174"/>
        <source>auto: loopback and the interfaces the nodes come through (container networks, tunnels), not those other machines reach. all: every interface. Or IP addresses, separated by commas. Used when the runs are next hosted.</source>
        <translation>auto : la boucle locale et les interfaces par lesquelles arrivent les nœuds (réseaux de conteneurs, tunnels), pas celles qu&apos;atteignent d&apos;autres machines. all : toutes les interfaces. Ou des adresses IP, séparées par des virgules. Utilisé au prochain hébergement des exécutions.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="185"/>
        <source>Runs</source>
        <translation>Exécutions</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="209"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="225"/>
        <source>A cloud needs a name and a known kind.</source>
        <translation>Un nuage demande un nom et un type connu.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="240"/>
        <source>%1 added.</source>
        <translation>%1 ajouté.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="267"/>
        <source>%1 removed.</source>
        <translation>%1 supprimé.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="272"/>
        <source>%1 removed, but its secret is still in the keychain: %2</source>
        <translation>%1 supprimé, mais son secret est encore dans le trousseau : %2</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="283"/>
        <source>Add a cloud</source>
        <translation>Ajouter un nuage</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="283"/>
        <source>Edit the cloud %1</source>
        <translation>Modifier le cloud %1</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="298"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="299"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="328"/>
        <source>Unchanged (in the keychain)</source>
        <translation>Inchangé (dans le trousseau)</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="329"/>
        <source>; kept in the system keychain</source>
        <translation> ; gardé dans le trousseau du système</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="352"/>
        <source>%1 updated.</source>
        <translation>%1 mis à jour.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="359"/>
        <source>%1 added; its secret is in the keychain.</source>
        <translation>%1 ajouté ; son secret est dans le trousseau.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="360"/>
        <source>%1 added, but its secret could not be stored: %2</source>
        <translation>%1 ajouté, mais son secret n&apos;a pas pu être enregistré : %2</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="380"/>
        <source>Testing %1…</source>
        <translation>Test de %1…</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="394"/>
        <source>Unknown host keys</source>
        <translation>Clés d&apos;hôtes inconnues</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="395"/>
        <source>These hosts of %1 are not known yet:

%2

Trust these keys and add them to known_hosts?</source>
        <translation>Ces hôtes de %1 ne sont pas encore connus :

%2

Faire confiance à ces clés et les ajouter à known_hosts ?</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="405"/>
        <source>%1 cannot be used: %2</source>
        <translation>%1 n&apos;est pas utilisable : %2</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="407"/>
        <source>%1 works: %2</source>
        <translation>%1 fonctionne : %2</translation>
    </message>
</context>
<context>
    <name>Slipway::SqliteBackend</name>
    <message>
        <location filename="../core/storage/sqlitebackend.cpp" line="113"/>
        <source>the file is an SQLite database of another program</source>
        <translation>le fichier est une base SQLite d&apos;un autre programme</translation>
    </message>
    <message>
        <location filename="../core/storage/sqlitebackend.cpp" line="115"/>
        <source>it was made by a newer Slipway (schema %1; this one knows up to %2)</source>
        <translation>il a été créé par un Slipway plus récent (schéma %1 ; celui-ci connaît jusqu&apos;au %2)</translation>
    </message>
    <message>
        <location filename="../core/storage/sqlitebackend.cpp" line="139"/>
        <source>upgrading the schema failed: %1</source>
        <translation>la mise à niveau du schéma a échoué : %1</translation>
    </message>
    <message>
        <location filename="../core/storage/sqlitebackend.cpp" line="148"/>
        <source>upgrading the schema from version %1 (%2) failed: %3</source>
        <translation>la mise à niveau du schéma depuis la version %1 (%2) a échoué : %3</translation>
    </message>
    <message>
        <location filename="../core/storage/sqlitebackend.cpp" line="157"/>
        <source>upgrading the schema left a row of %1 pointing at nothing</source>
        <translation>la mise à niveau du schéma a laissé une ligne de %1 qui ne pointe vers rien</translation>
    </message>
</context>
<context>
    <name>Slipway::TableEditor</name>
    <message>
        <location filename="../ui/tableeditor.cpp" line="36"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../ui/tableeditor.cpp" line="37"/>
        <source>Add a row</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <location filename="../ui/tableeditor.cpp" line="41"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../ui/tableeditor.cpp" line="42"/>
        <source>Remove the selected rows</source>
        <translation>Retirer les lignes sélectionnées</translation>
    </message>
</context>
<context>
    <name>Slipway::TeamCatalogDialog</name>
    <message>
        <location filename="../ui/teamcatalogdialog.cpp" line="47"/>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <location filename="../ui/teamcatalogdialog.cpp" line="48"/>
        <source>C&amp;lient certificate</source>
        <translation>Certificat c&amp;lient</translation>
    </message>
    <message>
        <location filename="../ui/teamcatalogdialog.cpp" line="54"/>
        <source>Open Team Catalog</source>
        <translation>Ouvrir un catalogue d&apos;équipe</translation>
    </message>
    <message>
        <location filename="../ui/teamcatalogdialog.cpp" line="66"/>
        <location filename="../ui/teamcatalogdialog.cpp" line="68"/>
        <source>Certificates (*.crt *.pem);;All files (*)</source>
        <translation>Certificats (*.crt *.pem);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/teamcatalogdialog.cpp" line="69"/>
        <source>Keys (*.key *.pem);;All files (*)</source>
        <translation>Clés (*.key *.pem);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/teamcatalogdialog.cpp" line="71"/>
        <source>what you call this catalog, e.g. team</source>
        <translation>le nom que vous donnez à ce catalogue, p. ex. equipe</translation>
    </message>
    <message>
        <location filename="../ui/teamcatalogdialog.cpp" line="72"/>
        <source>db.example.org, or the folder of a Unix socket</source>
        <translation>db.example.org, ou le dossier d&apos;un socket Unix</translation>
    </message>
    <message>
        <location filename="../ui/teamcatalogdialog.cpp" line="75"/>
        <source>slipway</source>
        <translation>slipway</translation>
    </message>
    <message>
        <location filename="../ui/teamcatalogdialog.cpp" line="76"/>
        <source>your PostgreSQL role</source>
        <translation>votre rôle PostgreSQL</translation>
    </message>
    <message>
        <location filename="../ui/teamcatalogdialog.cpp" line="77"/>
        <source>the CA that signed the server&apos;s certificate</source>
        <translation>l&apos;AC qui a signé le certificat du serveur</translation>
    </message>
    <message>
        <location filename="../ui/teamcatalogdialog.cpp" line="84"/>
        <source>Remembered connections</source>
        <translation>Connexions mémorisées</translation>
    </message>
    <message>
        <location filename="../ui/teamcatalogdialog.cpp" line="87"/>
        <source>&amp;Forget</source>
        <translation>&amp;Oublier</translation>
    </message>
    <message>
        <location filename="../ui/teamcatalogdialog.cpp" line="89"/>
        <source>Forget the chosen connection and take its password out of the keychain</source>
        <translation>Oublier la connexion choisie et retirer son mot de passe du trousseau</translation>
    </message>
    <message>
        <location filename="../ui/teamcatalogdialog.cpp" line="95"/>
        <source>(none yet)</source>
        <translation>(aucune pour le moment)</translation>
    </message>
    <message>
        <location filename="../ui/teamcatalogdialog.cpp" line="99"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../ui/teamcatalogdialog.cpp" line="100"/>
        <source>&amp;Host or socket folder:</source>
        <translation>&amp;Hôte ou dossier du socket :</translation>
    </message>
    <message>
        <location filename="../ui/teamcatalogdialog.cpp" line="101"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort :</translation>
    </message>
    <message>
        <location filename="../ui/teamcatalogdialog.cpp" line="102"/>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données :</translation>
    </message>
    <message>
        <location filename="../ui/teamcatalogdialog.cpp" line="103"/>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <location filename="../ui/teamcatalogdialog.cpp" line="104"/>
        <source>&amp;CA file:</source>
        <translation>Fichier d&apos;&amp;AC :</translation>
    </message>
    <message>
        <location filename="../ui/teamcatalogdialog.cpp" line="109"/>
        <source>Sign in with:</source>
        <translation>Se connecter avec :</translation>
    </message>
    <message>
        <location filename="../ui/teamcatalogdialog.cpp" line="110"/>
        <source>Pass&amp;word:</source>
        <translation>Mot de pa&amp;sse :</translation>
    </message>
    <message>
        <location filename="../ui/teamcatalogdialog.cpp" line="111"/>
        <source>Certificate file:</source>
        <translation>Fichier du certificat :</translation>
    </message>
    <message>
        <location filename="../ui/teamcatalogdialog.cpp" line="112"/>
        <source>&amp;Key file:</source>
        <translation>Fichier de &amp;clé :</translation>
    </message>
    <message>
        <location filename="../ui/teamcatalogdialog.cpp" line="114"/>
        <source>Over the network the server is reached with TLS only, and its certificate must be signed by the CA and name the host. The password is kept in the system keychain, never in the settings.</source>
        <translation>Sur le réseau, le serveur n&apos;est joint qu&apos;avec TLS, et son certificat doit être signé par l&apos;AC et nommer l&apos;hôte. Le mot de passe est conservé dans le trousseau du système, jamais dans les paramètres.</translation>
    </message>
    <message>
        <location filename="../ui/teamcatalogdialog.cpp" line="124"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location filename="../ui/teamcatalogdialog.cpp" line="168"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location filename="../ui/teamcatalogdialog.cpp" line="169"/>
        <source>Choose a file</source>
        <translation>Choisir un fichier</translation>
    </message>
    <message>
        <location filename="../ui/teamcatalogdialog.cpp" line="174"/>
        <source>Choose a File</source>
        <translation>Choisir un fichier</translation>
    </message>
    <message>
        <location filename="../ui/teamcatalogdialog.cpp" line="220"/>
        <source>The remembered connection %1 cannot be read: %2</source>
        <translation>La connexion mémorisée %1 ne peut pas être lue : %2</translation>
    </message>
    <message>
        <location filename="../ui/teamcatalogdialog.cpp" line="236"/>
        <source>kept in the keychain; type to replace it</source>
        <translation>conservé dans le trousseau ; saisissez-en un autre pour le remplacer</translation>
    </message>
    <message>
        <location filename="../ui/teamcatalogdialog.cpp" line="250"/>
        <source>%1 is forgotten, but its password could not be taken out of the keychain: %2</source>
        <translation>%1 est oubliée, mais son mot de passe n&apos;a pas pu être retiré du trousseau : %2</translation>
    </message>
    <message>
        <location filename="../ui/teamcatalogdialog.cpp" line="274"/>
        <source>A name of letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>Un nom fait de lettres, chiffres, &apos;.&apos;, &apos;-&apos; et &apos;_&apos;.</translation>
    </message>
    <message>
        <location filename="../ui/teamcatalogdialog.cpp" line="276"/>
        <source>A client certificate needs its certificate file and its key file.</source>
        <translation>Un certificat client nécessite son fichier de certificat et son fichier de clé.</translation>
    </message>
</context>
<context>
    <name>Slipway::UpdateDialog</name>
    <message>
        <location filename="../ui/runs/updatedialog.cpp" line="39"/>
        <source>Update Run %1</source>
        <translation>Mettre à jour l&apos;exécution %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/updatedialog.cpp" line="48"/>
        <source>%1, version %2 (state %3)</source>
        <translation>%1, version %2 (état %3)</translation>
    </message>
    <message>
        <location filename="../ui/runs/updatedialog.cpp" line="52"/>
        <source>Runs:</source>
        <translation>Exécute :</translation>
    </message>
    <message>
        <location filename="../ui/runs/updatedialog.cpp" line="55"/>
        <source>The version of the module the run moves to</source>
        <translation>La version du module vers laquelle passe l&apos;exécution</translation>
    </message>
    <message>
        <location filename="../ui/runs/updatedialog.cpp" line="63"/>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/updatedialog.cpp" line="64"/>
        <source>version %1 — %2</source>
        <translation>version %1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/runs/updatedialog.cpp" line="70"/>
        <source>&amp;Update to:</source>
        <translation>Mettre à &amp;jour vers :</translation>
    </message>
    <message>
        <location filename="../ui/runs/updatedialog.cpp" line="77"/>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <location filename="../ui/runs/updatedialog.cpp" line="77"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../ui/runs/updatedialog.cpp" line="77"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../ui/runs/updatedialog.cpp" line="77"/>
        <source>Instances</source>
        <translation>Instances</translation>
    </message>
    <message>
        <location filename="../ui/runs/updatedialog.cpp" line="94"/>
        <source>&amp;Batch size:</source>
        <translation>Taille des &amp;lots :</translation>
    </message>
    <message>
        <location filename="../ui/runs/updatedialog.cpp" line="99"/>
        <source>How many instances of a node are replaced or run execute again at once; the new ones join before the old ones go</source>
        <translation>Combien d&apos;instances d&apos;un nœud sont remplacées ou relancent execute à la fois ; les nouvelles arrivent avant que les anciennes partent</translation>
    </message>
    <message>
        <location filename="../ui/runs/updatedialog.cpp" line="106"/>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <location filename="../ui/runs/updatedialog.cpp" line="108"/>
        <source>Update the run node by node, in this order; on the first failure it rolls back</source>
        <translation>Mettre à jour l&apos;exécution nœud par nœud, dans cet ordre ; au premier échec, elle revient en arrière</translation>
    </message>
    <message>
        <location filename="../ui/runs/updatedialog.cpp" line="151"/>
        <source>There is no run %1.</source>
        <translation>Il n&apos;y a pas d&apos;exécution %1.</translation>
    </message>
    <message>
        <location filename="../ui/runs/updatedialog.cpp" line="153"/>
        <source>%1 has no other version than the run&apos;s (%2): there is nothing to update to.</source>
        <translation>%1 n&apos;a pas d&apos;autre version que celle de l&apos;exécution (%2) : il n&apos;y a rien vers quoi mettre à jour.</translation>
    </message>
    <message>
        <location filename="../ui/runs/updatedialog.cpp" line="171"/>
        <source>The run is %1: only a Ready run can be updated.</source>
        <translation>L&apos;exécution est %1 : seule une exécution Ready peut être mise à jour.</translation>
    </message>
    <message>
        <location filename="../ui/runs/updatedialog.cpp" line="178"/>
        <source>Cannot be applied in place: %1</source>
        <translation>Ne peut pas être appliqué sur place : %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/updatedialog.cpp" line="181"/>
        <source>The run already runs what version %1 has: nothing to change.</source>
        <translation>L&apos;exécution exécute déjà ce que contient la version %1 : rien à changer.</translation>
    </message>
    <message>
        <location filename="../ui/runs/updatedialog.cpp" line="185"/>
        <source>Nothing changes until you apply. The nodes are updated in the order shown, producers before the nodes that read them.</source>
        <translation>Rien ne change tant que vous n&apos;appliquez pas. Les nœuds sont mis à jour dans l&apos;ordre affiché, les producteurs avant les nœuds qui les lisent.</translation>
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
        <translation>entrée %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/updatedialog.cpp" line="224"/>
        <source>output %1</source>
        <translation>sortie %1</translation>
    </message>
</context>
<context>
    <name>Slipway::UpdatePlan</name>
    <message>
        <location filename="../core/run/updateplan.cpp" line="254"/>
        <source>Update of run %1: %2 v%3 → v%4
</source>
        <translation>Mise à jour de l&apos;exécution %1 : %2 v%3 → v%4
</translation>
    </message>
    <message>
        <location filename="../core/run/updateplan.cpp" line="268"/>
        <source>instances: %1</source>
        <translation>instances : %1</translation>
    </message>
    <message>
        <location filename="../core/run/updateplan.cpp" line="272"/>
        <source>input</source>
        <translation>entrée</translation>
    </message>
    <message>
        <location filename="../core/run/updateplan.cpp" line="274"/>
        <source>output</source>
        <translation>sortie</translation>
    </message>
    <message>
        <location filename="../core/run/updateplan.cpp" line="277"/>
        <source>Nothing to change.
</source>
        <translation>Rien à changer.
</translation>
    </message>
    <message>
        <location filename="../core/run/updateplan.cpp" line="279"/>
        <source>Cannot be applied in place: %1
</source>
        <translation>Ne peut pas être appliquée sur place : %1
</translation>
    </message>
</context>
<context>
    <name>Slipway::WelcomePage</name>
    <message>
        <location filename="../ui/welcomepage.cpp" line="76"/>
        <source>Welcome to Slipway</source>
        <translation>Bienvenue dans Slipway</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="82"/>
        <source>Design machine images and multi-node deployments, keep them in the catalog on the left, and launch them on your clouds.</source>
        <translation>Concevez des images de machines et des déploiements multi-nœuds, gardez-les dans le catalogue à gauche et lancez-les sur vos clouds.</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="98"/>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="99"/>
        <source>New deployment…</source>
        <translation>Nouveau déploiement…</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="100"/>
        <source>Create a deployment in the catalog and open its diagram.</source>
        <translation>Créer un déploiement dans le catalogue et ouvrir son diagramme.</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="106"/>
        <source>Import SlipStream modules or a bundle…</source>
        <translation>Importer des modules SlipStream ou un paquet…</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="107"/>
        <source>SlipStream module XML files or Slipway bundles (*.slipway.yaml), shown before anything is imported.</source>
        <translation>Fichiers XML de modules SlipStream ou paquets Slipway (*.slipway.yaml), montrés avant toute importation.</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="115"/>
        <source>Launch an example</source>
        <translation>Lancer un exemple</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="116"/>
        <source>On local containers, with the example&apos;s defaults.</source>
        <translation>Sur des conteneurs locaux, avec les valeurs par défaut de l&apos;exemple.</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="125"/>
        <source>Recent</source>
        <translation>Récents</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="133"/>
        <source>Clouds</source>
        <translation>Clouds</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="171"/>
        <source>Making the base image %1…</source>
        <translation>Création de l&apos;image de base %1…</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="172"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="248"/>
        <source>Launch %1</source>
        <translation>Lancer %1</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="260"/>
        <source>The catalog has no example deployment.</source>
        <translation>Le catalogue n&apos;a aucun déploiement d&apos;exemple.</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="269"/>
        <source>Modules</source>
        <translation>Modules</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="274"/>
        <source>Open %1</source>
        <translation>Ouvrir %1</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="283"/>
        <source>None yet: open one from the catalog.</source>
        <translation>Aucun pour l&apos;instant : ouvrez-en un depuis le catalogue.</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="286"/>
        <source>Runs</source>
        <translation>Exécutions</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="297"/>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="300"/>
        <source>Run %1 of %2 version %3</source>
        <translation>Exécution %1 de %2 version %3</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="316"/>
        <source>None yet: launch an example.</source>
        <translation>Aucune pour l&apos;instant : lancez un exemple.</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="369"/>
        <source>Slipway has no connector of the kind %1.</source>
        <translation>Slipway n&apos;a aucun connecteur du type %1.</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="392"/>
        <source>Make the base image…</source>
        <translation>Créer l&apos;image de base…</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="177"/>
        <location filename="../ui/welcomepage.cpp" line="201"/>
        <source>The Base Image of Local Containers</source>
        <translation>L&apos;image de base des conteneurs locaux</translation>
    </message>
    <message>
        <source>&lt;p&gt;Every local container starts from the image &lt;b&gt;%1&lt;/b&gt;. Make it once from a Slipway checkout:&lt;/p&gt;&lt;p&gt;&lt;tt&gt;bash packaging/buildroot/buildroot.sh run packaging/buildroot/base-image.sh&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;or import any Debian 13 root file system under that name with &lt;tt&gt;%2 import&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation type="vanished">&lt;p&gt;Chaque conteneur local part de l&apos;image &lt;b&gt;%1&lt;/b&gt;. Créez-la une fois depuis une copie de Slipway :&lt;/p&gt;&lt;p&gt;&lt;tt&gt;bash packaging/buildroot/buildroot.sh run packaging/buildroot/base-image.sh&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;ou importez sous ce nom n&apos;importe quel système de fichiers racine Debian 13 avec &lt;tt&gt;%2 import&lt;/tt&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="403"/>
        <source>The base image %1 is not in %2 yet: local launches need it.</source>
        <translation>L&apos;image de base %1 n&apos;est pas encore dans %2 : les lancements locaux en ont besoin.</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="408"/>
        <source>%1 cannot be started: install Podman (or Docker) for local containers.</source>
        <translation>%1 ne peut pas être démarré : installez Podman (ou Docker) pour les conteneurs locaux.</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="429"/>
        <source>No credentials in the keychain.</source>
        <translation>Aucun identifiant dans le trousseau.</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="431"/>
        <source>Set credentials…</source>
        <translation>Définir les identifiants…</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="439"/>
        <source>Set up the relay…</source>
        <translation>Configurer le relais…</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="449"/>
        <source>Its nodes reach Slipway through the relay, which is not set up.</source>
        <translation>Ses nœuds joignent Slipway par le relais, qui n&apos;est pas configuré.</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="460"/>
        <source>The relay&apos;s shared secret is not in the keychain.</source>
        <translation>Le secret partagé du relais n&apos;est pas dans le trousseau.</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="494"/>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="497"/>
        <source>Ready to launch on.</source>
        <translation>Prêt pour des lancements.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/slipway/main.cpp" line="53"/>
        <source>Design, version and launch machine images and multi-node deployments.</source>
        <translation>Concevez, versionnez et lancez des images de machines et des déploiements multi-nœuds.</translation>
    </message>
    <message>
        <location filename="../app/slipway/main.cpp" line="27"/>
        <source>Save a picture of the main window to &lt;file&gt; once it is shown, then quit.</source>
        <translation>Enregistre une image de la fenêtre principale dans &lt;file&gt; dès qu&apos;elle est affichée, puis quitte.</translation>
    </message>
    <message>
        <location filename="../app/slipway/main.cpp" line="30"/>
        <location filename="../app/slipway/main.cpp" line="35"/>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <location filename="../app/slipway/main.cpp" line="33"/>
        <source>Open the catalog in &lt;file&gt; instead of the default one.</source>
        <translation>Ouvrir le catalogue dans &lt;file&gt; au lieu du catalogue par défaut.</translation>
    </message>
    <message>
        <location filename="../app/slipway/main.cpp" line="38"/>
        <source>Launch the latest version of &lt;module&gt; with its defaults and show its run.</source>
        <translation>Lancer la dernière version de &lt;module&gt; avec ses valeurs par défaut et montrer son exécution.</translation>
    </message>
    <message>
        <location filename="../app/slipway/main.cpp" line="41"/>
        <source>module</source>
        <translation>module</translation>
    </message>
    <message>
        <location filename="../app/slipway/main.cpp" line="44"/>
        <source>With --launch: save pictures of the run view to &lt;folder&gt; as the run comes up and once it is Ready, then terminate the run and quit.</source>
        <translation>Avec --launch : enregistrer des images de la vue de l&apos;exécution dans &lt;folder&gt; pendant son démarrage et une fois Ready, puis terminer l&apos;exécution et quitter.</translation>
    </message>
    <message>
        <location filename="../app/slipway/main.cpp" line="48"/>
        <source>folder</source>
        <translation>dossier</translation>
    </message>
    <message>
        <location filename="../app/slipway/main.cpp" line="64"/>
        <source>Bundles or SlipStream module XML files to import.</source>
        <translation>Paquets ou fichiers XML de modules SlipStream à importer.</translation>
    </message>
    <message>
        <location filename="../app/slipway/main.cpp" line="65"/>
        <source>[file...]</source>
        <translation>[fichier...]</translation>
    </message>
    <message>
        <location filename="../app/slipway/main.cpp" line="142"/>
        <source>Slipway</source>
        <translation>Slipway</translation>
    </message>
    <message>
        <location filename="../app/slipway/main.cpp" line="143"/>
        <source>The catalog %1 cannot be opened: %2</source>
        <translation>Le catalogue %1 ne peut pas être ouvert : %2</translation>
    </message>
</context>
</TS>
