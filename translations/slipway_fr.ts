<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
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
        <location filename="../core/catalog/catalog.cpp" line="211"/>
        <source>version %1 cannot be read: %2</source>
        <translation>la version %1 ne peut pas être lue : %2</translation>
    </message>
    <message>
        <location filename="../core/broker/brokercertificates.cpp" line="159"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="38"/>
        <source>There is no active run &apos;%1&apos;.</source>
        <translation>Il n&apos;y a pas d&apos;exécution active « %1 ».</translation>
    </message>
</context>
<context>
    <name>Slipway::AuthorizationEditor</name>
    <message>
        <location filename="../ui/authorizationeditor.cpp" line="38"/>
        <source>Public: everybody may see this module</source>
        <translation>Public : tout le monde peut voir ce module</translation>
    </message>
    <message>
        <location filename="../ui/authorizationeditor.cpp" line="43"/>
        <source>user names, separated by commas</source>
        <translation>noms d&apos;utilisateur, séparés par des virgules</translation>
    </message>
    <message>
        <location filename="../ui/authorizationeditor.cpp" line="46"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Propriétaire :</translation>
    </message>
    <message>
        <location filename="../ui/authorizationeditor.cpp" line="47"/>
        <source>&amp;Group members:</source>
        <translation>Membres du &amp;groupe :</translation>
    </message>
    <message>
        <location filename="../ui/authorizationeditor.cpp" line="50"/>
        <source>Rights</source>
        <translation>Droits</translation>
    </message>
    <message>
        <location filename="../ui/authorizationeditor.cpp" line="52"/>
        <source>Get</source>
        <translation>Lire</translation>
    </message>
    <message>
        <location filename="../ui/authorizationeditor.cpp" line="53"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../ui/authorizationeditor.cpp" line="54"/>
        <source>Run</source>
        <translation>Lancer</translation>
    </message>
    <message>
        <location filename="../ui/authorizationeditor.cpp" line="55"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/authorizationeditor.cpp" line="56"/>
        <source>Create children</source>
        <translation>Créer des enfants</translation>
    </message>
    <message>
        <location filename="../ui/authorizationeditor.cpp" line="57"/>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <location filename="../ui/authorizationeditor.cpp" line="57"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location filename="../ui/authorizationeditor.cpp" line="57"/>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <location filename="../ui/authorizationeditor.cpp" line="68"/>
        <source>%1 may %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>Slipway::Broker</name>
    <message>
        <location filename="../core/broker/broker.cpp" line="124"/>
        <source>The broker is stopping; ask again.</source>
        <translation>Le broker s&apos;arrête ; redemandez.</translation>
    </message>
    <message>
        <location filename="../core/broker/broker.cpp" line="132"/>
        <source>Plain HTTP is only allowed on the loopback interface, not on %1.</source>
        <translation>Le HTTP simple n&apos;est permis que sur l&apos;interface de bouclage, pas sur %1.</translation>
    </message>
    <message>
        <location filename="../core/broker/broker.cpp" line="147"/>
        <source>Cannot read %1.</source>
        <translation>Impossible de lire %1.</translation>
    </message>
    <message>
        <location filename="../core/broker/broker.cpp" line="153"/>
        <source>The broker&apos;s certificate in %1 is unreadable.</source>
        <translation>Le certificat du broker dans %1 est illisible.</translation>
    </message>
    <message>
        <location filename="../core/broker/broker.cpp" line="174"/>
        <source>The broker cannot listen on %1 port %2: %3</source>
        <translation>Le broker ne peut pas écouter sur %1 port %2 : %3</translation>
    </message>
    <message>
        <source>The broker cannot serve on port %1.</source>
        <translation type="vanished">Le broker ne peut pas servir sur le port %1.</translation>
    </message>
    <message>
        <location filename="../core/broker/broker.cpp" line="294"/>
        <location filename="../core/broker/broker.cpp" line="385"/>
        <source>Use GET.</source>
        <translation>Utilisez GET.</translation>
    </message>
    <message>
        <location filename="../core/broker/broker.cpp" line="305"/>
        <source>There is no tool of this name.</source>
        <translation>Il n&apos;y a pas d&apos;outil de ce nom.</translation>
    </message>
    <message>
        <location filename="../core/broker/broker.cpp" line="314"/>
        <location filename="../core/broker/broker.cpp" line="369"/>
        <location filename="../core/broker/broker.cpp" line="398"/>
        <source>There is no such route; see the broker&apos;s API.</source>
        <translation>Cette route n&apos;existe pas ; voyez l&apos;API du broker.</translation>
    </message>
    <message>
        <location filename="../core/broker/broker.cpp" line="324"/>
        <source>Send the node&apos;s token (Authorization: Bearer) and its instance name (X-Slipway-Instance).</source>
        <translation>Envoyez le jeton du nœud (Authorization: Bearer) et son nom d&apos;instance (X-Slipway-Instance).</translation>
    </message>
    <message>
        <location filename="../core/broker/broker.cpp" line="328"/>
        <source>The token is not valid for this run and instance.</source>
        <translation>Le jeton n&apos;est pas valide pour cette exécution et cette instance.</translation>
    </message>
    <message>
        <location filename="../core/broker/broker.cpp" line="337"/>
        <source>Use POST to abort, DELETE to cancel the abort.</source>
        <translation>Utilisez POST pour avorter, DELETE pour annuler l&apos;avortement.</translation>
    </message>
    <message>
        <location filename="../core/broker/broker.cpp" line="339"/>
        <source>The abort reason is too long.</source>
        <translation>La raison de l&apos;avortement est trop longue.</translation>
    </message>
    <message>
        <location filename="../core/broker/broker.cpp" line="342"/>
        <source>The abort reason is not UTF-8 text.</source>
        <translation>La raison de l&apos;avortement n&apos;est pas du texte UTF-8.</translation>
    </message>
    <message>
        <location filename="../core/broker/broker.cpp" line="344"/>
        <source>The broker could not store the abort.</source>
        <translation>Le broker n&apos;a pas pu enregistrer l&apos;avortement.</translation>
    </message>
    <message>
        <location filename="../core/broker/broker.cpp" line="356"/>
        <source>Use PUT to upload a report file.</source>
        <translation>Utilisez PUT pour envoyer un fichier de rapport.</translation>
    </message>
    <message>
        <location filename="../core/broker/broker.cpp" line="359"/>
        <source>A report file may have at most %1 bytes.</source>
        <translation>Un fichier de rapport peut avoir au plus %1 octets.</translation>
    </message>
    <message>
        <location filename="../core/broker/broker.cpp" line="363"/>
        <source>The broker could not store the report.</source>
        <translation>Le broker n&apos;a pas pu enregistrer le rapport.</translation>
    </message>
    <message>
        <location filename="../core/broker/broker.cpp" line="411"/>
        <source>timeout must be a number of seconds, 0 or more.</source>
        <translation>timeout doit être un nombre de secondes, 0 ou plus.</translation>
    </message>
    <message>
        <location filename="../core/broker/broker.cpp" line="438"/>
        <source>A value may have at most %1 characters.</source>
        <translation>Une valeur peut avoir au plus %1 caractères.</translation>
    </message>
    <message>
        <location filename="../core/broker/broker.cpp" line="442"/>
        <source>The value is not UTF-8 text.</source>
        <translation>La valeur n&apos;est pas du texte UTF-8.</translation>
    </message>
    <message>
        <location filename="../core/broker/broker.cpp" line="446"/>
        <source>The broker could not store the value.</source>
        <translation>Le broker n&apos;a pas pu enregistrer la valeur.</translation>
    </message>
    <message>
        <location filename="../core/broker/broker.cpp" line="452"/>
        <source>Use GET to read a parameter and PUT to set it.</source>
        <translation>Utilisez GET pour lire un paramètre et PUT pour le définir.</translation>
    </message>
    <message>
        <location filename="../core/broker/broker.cpp" line="464"/>
        <source>The broker cannot park more requests; ask again.</source>
        <translation>Le broker ne peut pas mettre plus de requêtes en attente ; redemandez.</translation>
    </message>
</context>
<context>
    <name>Slipway::BrokerCertificates</name>
    <message>
        <location filename="../core/broker/brokercertificates.cpp" line="179"/>
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
</context>
<context>
    <name>Slipway::Catalog</name>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="698"/>
        <source>Cannot create the folder %1 for the catalog</source>
        <translation>Impossible de créer le dossier %1 pour le catalogue</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="707"/>
        <location filename="../core/catalog/catalog.cpp" line="712"/>
        <source>Cannot open the catalog %1: %2</source>
        <translation>Impossible d&apos;ouvrir le catalogue %1 : %2</translation>
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
        <translation>Le catalogue n&apos;est pas ouvert</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="769"/>
        <source>Reading the history of %1</source>
        <translation>Lecture de l&apos;historique de %1</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="781"/>
        <location filename="../core/catalog/catalog.cpp" line="872"/>
        <location filename="../core/catalog/catalog.cpp" line="1104"/>
        <source>There is no module %1 in the catalog</source>
        <translation>Il n&apos;y a pas de module %1 dans le catalogue</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="800"/>
        <source>Listing the catalog</source>
        <translation>Liste du catalogue</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="856"/>
        <source>Revert to version %1</source>
        <translation>Retour à la version %1</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="864"/>
        <source>&quot;%1&quot; is not a valid module path</source>
        <translation>« %1 » n&apos;est pas un chemin de module valide</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="866"/>
        <source>Cannot move %1 into itself (%2)</source>
        <translation>Impossible de déplacer %1 dans lui-même (%2)</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="884"/>
        <source>Cannot move %1 to %2: a deleted module has that path (restore and remove it, or choose another path)</source>
        <translation>Impossible de déplacer %1 vers %2 : un module supprimé a ce chemin (restaurez-le et retirez-le, ou choisissez un autre chemin)</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="887"/>
        <source>Cannot move %1 to %2: that path is taken</source>
        <translation>Impossible de déplacer %1 vers %2 : ce chemin est pris</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="893"/>
        <location filename="../core/catalog/catalog.cpp" line="899"/>
        <source>Moving %1</source>
        <translation>Déplacement de %1</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="915"/>
        <source>Moved from %1</source>
        <translation>Déplacé depuis %1</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="927"/>
        <source>Finding references to %1</source>
        <translation>Recherche des références à %1</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="945"/>
        <source>Follow the move of %1 to %2</source>
        <translation>Suivre le déplacement de %1 vers %2</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="971"/>
        <source>Deleting %1</source>
        <translation>Suppression de %1</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="979"/>
        <source>There is no module %1 to delete</source>
        <translation>Il n&apos;y a pas de module %1 à supprimer</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="1000"/>
        <source>Restoring %1</source>
        <translation>Restauration de %1</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="1011"/>
        <source>There is no deleted module %1 to restore</source>
        <translation>Il n&apos;y a pas de module supprimé %1 à restaurer</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="1047"/>
        <source>Searching the catalog</source>
        <translation>Recherche dans le catalogue</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="1098"/>
        <source>A built image needs a cloud and an image id</source>
        <translation>Une image construite demande un cloud et un identifiant d&apos;image</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="1106"/>
        <source>%1 is not an image</source>
        <translation>%1 n&apos;est pas une image</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="1111"/>
        <location filename="../core/catalog/catalog.cpp" line="1135"/>
        <source>Recording a built image of %1</source>
        <translation>Enregistrement d&apos;une image construite de %1</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="1129"/>
        <source>%1 has no version %2</source>
        <translation>%1 n&apos;a pas de version %2</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="1155"/>
        <source>Catalog transactions do not nest</source>
        <translation>Les transactions du catalogue ne s&apos;imbriquent pas</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="1184"/>
        <source>%1 (version %2): %3</source>
        <translation>%1 (version %2) : %3</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="1196"/>
        <location filename="../core/catalog/catalog.cpp" line="1213"/>
        <source>Importing %1</source>
        <translation>Import de %1</translation>
    </message>
</context>
<context>
    <name>Slipway::Catalog::Private</name>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="283"/>
        <source>%1: the catalog %2 is busy (another Slipway is writing to it); try again</source>
        <translation>%1 : le catalogue %2 est occupé (un autre Slipway y écrit) ; réessayez</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="287"/>
        <source>%1: the disk holding %2 is full</source>
        <translation>%1 : le disque qui contient %2 est plein</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="288"/>
        <source>%1: %2 (%3)</source>
        <translation>%1 : %2 (%3)</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="317"/>
        <location filename="../core/catalog/catalog.cpp" line="318"/>
        <source>Starting a change</source>
        <translation>Début d&apos;une modification</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="323"/>
        <location filename="../core/catalog/catalog.cpp" line="324"/>
        <source>Saving a change</source>
        <translation>Enregistrement d&apos;une modification</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="366"/>
        <location filename="../core/catalog/catalog.cpp" line="396"/>
        <location filename="../core/catalog/catalog.cpp" line="643"/>
        <source>Reading %1</source>
        <translation>Lecture de %1</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="389"/>
        <source>There is no module %1 in the catalog</source>
        <translation>Il n&apos;y a pas de module %1 dans le catalogue</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="391"/>
        <source>%1 is deleted (restore it to use it)</source>
        <translation>%1 est supprimé (restaurez-le pour l&apos;utiliser)</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="402"/>
        <source>%1 has no version %2</source>
        <translation>%1 n&apos;a pas de version %2</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="415"/>
        <source>Version %1 of %2 cannot be read: %3</source>
        <translation>La version %1 de %2 ne peut pas être lue : %3</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="430"/>
        <source>Reading built images</source>
        <translation>Lecture des images construites</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="448"/>
        <location filename="../core/catalog/catalog.cpp" line="455"/>
        <source>Updating the search index</source>
        <translation>Mise à jour de l&apos;index de recherche</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="465"/>
        <source>&quot;%1&quot; is not a valid module path: use segments of letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos; separated by &apos;/&apos;</source>
        <translation>« %1 » n&apos;est pas un chemin de module valide : utilisez des segments de lettres, de chiffres, « - », « _ » et « . » séparés par « / »</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="475"/>
        <source>Saving %1</source>
        <translation>Enregistrement de %1</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="487"/>
        <source>%1 is deleted: restore it, or save under another path</source>
        <translation>%1 est supprimé : restaurez-le, ou enregistrez sous un autre chemin</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="596"/>
        <source>the file is an SQLite database of another program</source>
        <translation>le fichier est une base SQLite d&apos;un autre programme</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="598"/>
        <source>it was made by a newer Slipway (schema %1; this one knows up to %2)</source>
        <translation>il a été créé par un Slipway plus récent (schéma %1 ; celui-ci connaît jusqu&apos;au %2)</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="612"/>
        <source>Upgrading the schema</source>
        <translation>Mise à niveau du schéma</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="624"/>
        <source>upgrading the schema from version %1 failed: %2</source>
        <translation>la mise à niveau du schéma depuis la version %1 a échoué : %2</translation>
    </message>
</context>
<context>
    <name>Slipway::CatalogModel</name>
    <message>
        <location filename="../ui/models/catalogmodel.cpp" line="259"/>
        <source>%1 (folder)</source>
        <translation>%1 (dossier)</translation>
    </message>
    <message>
        <location filename="../ui/models/catalogmodel.cpp" line="261"/>
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
        <location filename="../core/model/validation.cpp" line="199"/>
        <source>the node %1 has no image</source>
        <translation>le nœud %1 n&apos;a pas d&apos;image</translation>
    </message>
    <message>
        <location filename="../core/model/validation.cpp" line="205"/>
        <source>the image %1 has no version %2</source>
        <translation>l&apos;image %1 n&apos;a pas de version %2</translation>
    </message>
    <message>
        <location filename="../core/model/validation.cpp" line="206"/>
        <source>the image %1 does not exist</source>
        <translation>l&apos;image %1 n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../core/model/validation.cpp" line="208"/>
        <source>%1 is not an image</source>
        <translation>%1 n&apos;est pas une image</translation>
    </message>
    <message>
        <location filename="../core/model/validation.cpp" line="234"/>
        <source>the input %1 is mapped twice</source>
        <translation>l&apos;entrée %1 est reliée deux fois</translation>
    </message>
    <message>
        <location filename="../core/model/validation.cpp" line="240"/>
        <source>the image %1 has no input %2</source>
        <translation>l&apos;image %1 n&apos;a pas d&apos;entrée %2</translation>
    </message>
    <message>
        <location filename="../core/model/validation.cpp" line="243"/>
        <source>%1 is an output of %2, not an input</source>
        <translation>%1 est une sortie de %2, pas une entrée</translation>
    </message>
    <message>
        <location filename="../core/model/validation.cpp" line="254"/>
        <source>the mandatory input %1 of %2 has no value: map it to an output of another node or give it a value</source>
        <translation>l&apos;entrée obligatoire %1 de %2 n&apos;a pas de valeur : reliez-la à une sortie d&apos;un autre nœud ou donnez-lui une valeur</translation>
    </message>
    <message>
        <location filename="../core/model/validation.cpp" line="278"/>
        <source>&quot;%1&quot; is not an output reference: write othernode:parameter, or mark the value as literal</source>
        <translation>« %1 » n&apos;est pas une référence de sortie : écrivez autrenœud:paramètre, ou marquez la valeur comme littérale</translation>
    </message>
    <message>
        <location filename="../core/model/validation.cpp" line="285"/>
        <source>%1 is mapped to an output of its own node: map it to another node</source>
        <translation>%1 est reliée à une sortie de son propre nœud : reliez-la à un autre nœud</translation>
    </message>
    <message>
        <location filename="../core/model/validation.cpp" line="291"/>
        <source>%1 is mapped to %2, but the deployment has no node %3</source>
        <translation>%1 est reliée à %2, mais le déploiement n&apos;a pas de nœud %3</translation>
    </message>
    <message>
        <location filename="../core/model/validation.cpp" line="298"/>
        <source>%1 is mapped to %2, but the image of %3 has no output %4</source>
        <translation>%1 est reliée à %2, mais l&apos;image de %3 n&apos;a pas de sortie %4</translation>
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
        <location filename="../ui/models/editortables.cpp" line="390"/>
        <source>mappings</source>
        <translation>correspondances</translation>
    </message>
    <message>
        <location filename="../ui/models/editortables.cpp" line="391"/>
        <source>mapping</source>
        <translation>correspondance</translation>
    </message>
    <message>
        <location filename="../ui/models/editortables.cpp" line="407"/>
        <source>Input</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location filename="../ui/models/editortables.cpp" line="418"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../ui/models/editortables.cpp" line="436"/>
        <source>An output of another node (node:output), or a literal value</source>
        <translation>Une sortie d&apos;un autre nœud (nœud:sortie), ou une valeur littérale</translation>
    </message>
    <message>
        <location filename="../ui/models/editortables.cpp" line="437"/>
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
        <translation><numerusform>%n module diffère du catalogue : choisissez quoi en faire.</numerusform><numerusform>%n modules diffèrent du catalogue : choisissez quoi faire de chacun.</numerusform></translation>
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
        <translation>Ouvrez un module du catalogue pour le modifier.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="93"/>
        <location filename="../ui/mainwindow.cpp" line="526"/>
        <location filename="../ui/mainwindow.cpp" line="783"/>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="120"/>
        <source>Catalog</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="102"/>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="55"/>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="57"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="59"/>
        <source>Deployment</source>
        <translation>Déploiement</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="127"/>
        <source>Filter modules (Ctrl+F)</source>
        <translation>Filtrer les modules (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="161"/>
        <source>Inspector</source>
        <translation>Inspecteur</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="166"/>
        <source>Kind:</source>
        <translation>Genre :</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="166"/>
        <source>Path:</source>
        <translation>Chemin :</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="166"/>
        <source>Version:</source>
        <translation>Version :</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="166"/>
        <source>Author:</source>
        <translation>Auteur :</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="166"/>
        <source>Time:</source>
        <translation>Date :</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="166"/>
        <source>Comment:</source>
        <translation>Commentaire :</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="177"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="202"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="203"/>
        <location filename="../ui/mainwindow.cpp" line="623"/>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="205"/>
        <location filename="../ui/mainwindow.cpp" line="624"/>
        <source>&amp;Project…</source>
        <translation>&amp;Projet…</translation>
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
        <translation>&amp;Déploiement…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="218"/>
        <source>&amp;Save…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="222"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="226"/>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un module &amp;récent</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="229"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="235"/>
        <source>S&amp;ettings…</source>
        <translation>Pa&amp;ramètres…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="241"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="246"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="247"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="250"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="258"/>
        <source>&amp;Filter Catalog</source>
        <translation>&amp;Filtrer le catalogue</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="277"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="282"/>
        <source>Show &amp;Deleted Modules</source>
        <translation>Afficher les modules &amp;supprimés</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="288"/>
        <source>Next Tab</source>
        <translation>Onglet suivant</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="293"/>
        <source>Previous Tab</source>
        <translation>Onglet précédent</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="300"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="301"/>
        <source>&amp;About Slipway</source>
        <translation>À &amp;propos de Slipway</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="303"/>
        <source>About Slipway</source>
        <translation>À propos de Slipway</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="304"/>
        <source>&lt;b&gt;Slipway&lt;/b&gt; %1&lt;br&gt;Design, version and launch machine images and multi-node deployments.</source>
        <translation>&lt;b&gt;Slipway&lt;/b&gt; %1&lt;br&gt;Concevez, versionnez et lancez des images de machines et des déploiements multi-nœuds.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="383"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="383"/>
        <source>No catalog is open.</source>
        <translation>Aucun catalogue n&apos;est ouvert.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="388"/>
        <source>Open %1</source>
        <translation>Ouvrir %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="418"/>
        <source>Opened %1, version %2</source>
        <translation>%1 ouvert, version %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="427"/>
        <location filename="../ui/mainwindow.cpp" line="434"/>
        <location filename="../ui/mainwindow.cpp" line="443"/>
        <source>New module</source>
        <translation>Nouveau module</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="428"/>
        <source>&quot;%1&quot; is not a valid module path: use letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;, with &apos;/&apos; between folders.</source>
        <translation>« %1 » n&apos;est pas un chemin de module valide : utilisez des lettres, des chiffres, « - », « _ » et « . », avec « / » entre les dossiers.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="434"/>
        <source>There is already a module %1.</source>
        <translation>Il existe déjà un module %1.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="441"/>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="455"/>
        <source>New %1</source>
        <translation>Nouveau : %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="457"/>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="458"/>
        <source>Name (in %1):</source>
        <translation>Nom (dans %1) :</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="487"/>
        <source>Save %1</source>
        <translation>Enregistrer %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="490"/>
        <source>Saved %1 as version %2</source>
        <translation>%1 enregistré en version %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="493"/>
        <source>%1 has not changed since version %2</source>
        <translation>%1 n&apos;a pas changé depuis la version %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="509"/>
        <source>Close %1</source>
        <translation>Fermer %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="510"/>
        <source>%1 has unsaved changes. Save them as a new version?</source>
        <translation>%1 a des modifications non enregistrées. Les enregistrer comme nouvelle version ?</translation>
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
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="565"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="587"/>
        <source>%1 (deleted)</source>
        <translation>%1 (supprimé)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="589"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="594"/>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="622"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="635"/>
        <source>&amp;Rename or Move…</source>
        <translation>&amp;Renommer ou déplacer…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="636"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="638"/>
        <location filename="../ui/mainwindow.cpp" line="769"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="639"/>
        <source>Delete %1 and everything under it? Deleted modules can be restored.</source>
        <translation>Supprimer %1 et tout ce qu&apos;il contient ? Les modules supprimés peuvent être restaurés.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="647"/>
        <source>Re&amp;store</source>
        <translation>Re&amp;staurer</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="651"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="654"/>
        <source>Export with &amp;History…</source>
        <translation>Exporter avec l&apos;&amp;historique…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="666"/>
        <source>Export a Bundle</source>
        <translation>Exporter un bundle</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="668"/>
        <source>Slipway bundles (*.yaml *.yml)</source>
        <translation>Bundles Slipway (*.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="679"/>
        <location filename="../ui/mainwindow.cpp" line="684"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="687"/>
        <source>Exported %n module(s) to %1</source>
        <translation>
            <numerusform>%n module exporté vers %1</numerusform>
            <numerusform>%n modules exportés vers %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="697"/>
        <source>Import Bundles or SlipStream Modules</source>
        <translation>Importer des paquets ou des modules SlipStream</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="699"/>
        <source>Bundles and SlipStream modules (*.slipway.yaml *.yaml *.yml *.xml);;All files (*)</source>
        <translation>Paquets et modules SlipStream (*.slipway.yaml *.yaml *.yml *.xml);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="712"/>
        <source>Imported %n module(s)</source>
        <translation><numerusform>%n module importé</numerusform><numerusform>%n modules importés</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="720"/>
        <source>Rename or Move</source>
        <translation>Renommer ou déplacer</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="721"/>
        <source>New path of %1:</source>
        <translation>Nouveau chemin de %1 :</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="737"/>
        <location filename="../ui/mainwindow.cpp" line="745"/>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="738"/>
        <source>Save or close %1 first: it has unsaved changes.</source>
        <translation>Enregistrez ou fermez d&apos;abord %1 : il a des modifications non enregistrées.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="761"/>
        <source>Moved %n module(s) to %1</source>
        <translation>
            <numerusform>%n module déplacé vers %1</numerusform>
            <numerusform>%n modules déplacés vers %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="785"/>
        <source>Deleted %n module(s)</source>
        <translation>
            <numerusform>%n module supprimé</numerusform>
            <numerusform>%n modules supprimés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="793"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="797"/>
        <source>Restored %n module(s)</source>
        <translation>
            <numerusform>%n module restauré</numerusform>
            <numerusform>%n modules restaurés</numerusform>
        </translation>
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
        <location filename="../ui/moduleeditor.cpp" line="60"/>
        <source>Pre-install</source>
        <translation>Pré-installation</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="62"/>
        <source>Recipe</source>
        <translation>Recette</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="64"/>
        <source>Execute</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="66"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="68"/>
        <source>On VM add</source>
        <translation>À l&apos;ajout d&apos;une VM</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="70"/>
        <source>On VM remove</source>
        <translation>Au retrait d&apos;une VM</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="142"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="144"/>
        <source>Clouds</source>
        <translation>Clouds</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="149"/>
        <source>Packages</source>
        <translation>Paquets</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="154"/>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="155"/>
        <source>Recipes</source>
        <translation>Recettes</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="157"/>
        <source>Nodes</source>
        <translation>Nœuds</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="160"/>
        <source>Authorization</source>
        <translation>Autorisations</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="162"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="180"/>
        <source>Path:</source>
        <translation>Chemin :</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="187"/>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="199"/>
        <source>Native image: a base image that exists in the clouds</source>
        <translation>Image native : une image de base qui existe dans les clouds</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="219"/>
        <source>the image this one derives from</source>
        <translation>l&apos;image dont celle-ci dérive</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="220"/>
        <source>&amp;Parent image:</source>
        <translation>Image &amp;parente :</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="230"/>
        <source>Inherits:</source>
        <translation>Hérite de :</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="234"/>
        <source>&amp;Login user:</source>
        <translation>&amp;Utilisateur de connexion :</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="247"/>
        <source>P&amp;latform:</source>
        <translation>P&amp;lateforme :</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="261"/>
        <source>Image ids in the clouds (native images)</source>
        <translation>Identifiants de l&apos;image dans les clouds (images natives)</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="266"/>
        <source>Resources per cloud</source>
        <translation>Ressources par cloud</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="285"/>
        <source>This image&apos;s script</source>
        <translation>Le script de cette image</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="290"/>
        <source>Inherited from the parent images (runs first)</source>
        <translation>Hérité des images parentes (exécuté en premier)</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="358"/>
        <source>Select a node to map its input parameters.</source>
        <translation>Sélectionnez un nœud pour relier ses paramètres d&apos;entrée.</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="359"/>
        <source>Input parameters of node %1:</source>
        <translation>Paramètres d&apos;entrée du nœud %1 :</translation>
    </message>
    <message>
        <location filename="../ui/moduleeditor.cpp" line="389"/>
        <source>nothing (a root image)</source>
        <translation>rien (une image racine)</translation>
    </message>
</context>
<context>
    <name>Slipway::ModuleJson::Reader</name>
    <message>
        <location filename="../core/model/modulejson.cpp" line="205"/>
        <source>unknown field</source>
        <translation>champ inconnu</translation>
    </message>
    <message>
        <location filename="../core/model/modulejson.cpp" line="215"/>
        <location filename="../core/model/modulejson.cpp" line="272"/>
        <source>expected text</source>
        <translation>texte attendu</translation>
    </message>
    <message>
        <location filename="../core/model/modulejson.cpp" line="222"/>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <location filename="../core/model/modulejson.cpp" line="232"/>
        <source>expected true or false</source>
        <translation>true ou false attendu</translation>
    </message>
    <message>
        <location filename="../core/model/modulejson.cpp" line="243"/>
        <source>expected a whole number</source>
        <translation>nombre entier attendu</translation>
    </message>
    <message>
        <location filename="../core/model/modulejson.cpp" line="255"/>
        <source>expected a number</source>
        <translation>nombre attendu</translation>
    </message>
    <message>
        <location filename="../core/model/modulejson.cpp" line="266"/>
        <source>expected a list of texts</source>
        <translation>liste de textes attendue</translation>
    </message>
    <message>
        <location filename="../core/model/modulejson.cpp" line="284"/>
        <location filename="../core/model/modulejson.cpp" line="303"/>
        <source>expected an object</source>
        <translation>objet attendu</translation>
    </message>
    <message>
        <location filename="../core/model/modulejson.cpp" line="296"/>
        <source>expected a list</source>
        <translation>liste attendue</translation>
    </message>
    <message>
        <location filename="../core/model/modulejson.cpp" line="341"/>
        <source>unknown type &quot;%1&quot; (string, text, password, boolean or enum)</source>
        <translation>type inconnu « %1 » (string, text, password, boolean ou enum)</translation>
    </message>
    <message>
        <location filename="../core/model/modulejson.cpp" line="350"/>
        <source>unknown category &quot;%1&quot; (input or output)</source>
        <translation>catégorie inconnue « %1 » (input ou output)</translation>
    </message>
    <message>
        <location filename="../core/model/modulejson.cpp" line="395"/>
        <source>unknown recipe (pre-install, recipe, execute, report, on-vm-add or on-vm-remove)</source>
        <translation>recette inconnue (pre-install, recipe, execute, report, on-vm-add ou on-vm-remove)</translation>
    </message>
    <message>
        <location filename="../core/model/modulejson.cpp" line="426"/>
        <location filename="../core/model/modulejson.cpp" line="653"/>
        <source>expected an ISO 8601 time</source>
        <translation>date ISO 8601 attendue</translation>
    </message>
    <message>
        <location filename="../core/model/modulejson.cpp" line="566"/>
        <source>unknown kind &quot;%1&quot; (project, image or deployment)</source>
        <translation>genre inconnu « %1 » (project, image ou deployment)</translation>
    </message>
    <message>
        <location filename="../core/model/modulejson.cpp" line="590"/>
        <source>unknown right (get, edit, run, delete or create-children)</source>
        <translation>droit inconnu (get, edit, run, delete ou create-children)</translation>
    </message>
    <message>
        <location filename="../core/model/modulejson.cpp" line="598"/>
        <source>only an image has image fields</source>
        <translation>seule une image a des champs d&apos;image</translation>
    </message>
    <message>
        <location filename="../core/model/modulejson.cpp" line="603"/>
        <source>only a deployment has nodes</source>
        <translation>seul un déploiement a des nœuds</translation>
    </message>
    <message>
        <location filename="../core/model/modulejson.cpp" line="624"/>
        <source>invalid JSON at offset %1: %2</source>
        <translation>JSON invalide à la position %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/model/modulejson.cpp" line="626"/>
        <source>a module must be a JSON object</source>
        <translation>un module doit être un objet JSON</translation>
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
    <name>Slipway::ProblemsModel</name>
    <message>
        <location filename="../ui/models/problemsmodel.cpp" line="60"/>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
    <message>
        <location filename="../ui/models/problemsmodel.cpp" line="61"/>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
    <message>
        <location filename="../ui/models/problemsmodel.cpp" line="74"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../ui/models/problemsmodel.cpp" line="76"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../ui/models/problemsmodel.cpp" line="78"/>
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
    <name>Slipway::RemoveRowCommand</name>
    <message>
        <location filename="../ui/commands/removerowcommand.cpp" line="14"/>
        <source>Remove %1</source>
        <translation>Retirer : %1</translation>
    </message>
</context>
<context>
    <name>Slipway::RunEngine</name>
    <message>
        <location filename="../core/run/runengine.cpp" line="95"/>
        <source>There is no cloud named %1: add it with slipway-cli cloud add.</source>
        <translation>Il n&apos;y a pas de cloud nommé %1 : ajoutez-le avec slipway-cli cloud add.</translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="119"/>
        <source>The broker is not listening: the run cannot start.</source>
        <translation>Le broker n&apos;écoute pas : l&apos;exécution ne peut pas démarrer.</translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="188"/>
        <source>Launched %1 (version %2) as a %3 run</source>
        <translation>%1 (version %2) lancé comme exécution %3</translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="199"/>
        <source>The run did not reach Ready within %1 minutes.</source>
        <translation>L&apos;exécution n&apos;a pas atteint Ready en %1 minutes.</translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="253"/>
        <source>Started on %1 at %2</source>
        <translation>Démarré sur %1 à %2</translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="278"/>
        <source>Could not be started: %1</source>
        <translation>N&apos;a pas pu être démarré : %1</translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="284"/>
        <source>%1: %2 of its instances could not be started (at most %3 may fail): %4</source>
        <translation>%1 : %2 de ses instances n&apos;ont pas pu démarrer (au plus %3 peuvent échouer) : %4</translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="302"/>
        <source>%1 cannot be bootstrapped: %2</source>
        <translation>%1 ne peut pas être amorcé : %2</translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="303"/>
        <source>it has no token</source>
        <translation>il n&apos;a pas de jeton</translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="329"/>
        <source>%1: the bootstrap failed: %2</source>
        <translation>%1 : l&apos;amorçage a échoué : %2</translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="394"/>
        <source>Aborted: %1</source>
        <translation>Avorté : %1</translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="413"/>
        <source>The run %1 is not going.</source>
        <translation>L&apos;exécution %1 n&apos;est pas en cours.</translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="426"/>
        <source>There is no run %1.</source>
        <translation>Il n&apos;y a pas d&apos;exécution %1.</translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="432"/>
        <source>The run %1 cannot be terminated.</source>
        <translation>L&apos;exécution %1 ne peut pas être terminée.</translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="442"/>
        <source>Cancelled by the user</source>
        <translation>Annulé par l&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="473"/>
        <source>Could not remove every instance: %1</source>
        <translation>Impossible de retirer toutes les instances : %1</translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="482"/>
        <source>Instances removed</source>
        <translation>Instances retirées</translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="534"/>
        <source>State: %1</source>
        <translation>État : %1</translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="577"/>
        <source>Resumed after a restart of Slipway in state %1</source>
        <translation>Repris après un redémarrage de Slipway dans l&apos;état %1</translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="601"/>
        <source>Slipway stopped while %1 was being started: the run cannot go on.</source>
        <translation>Slipway s&apos;est arrêté pendant le démarrage de %1 : l&apos;exécution ne peut pas continuer.</translation>
    </message>
    <message>
        <location filename="../core/run/runengine.cpp" line="614"/>
        <source>The run did not reach Ready in time.</source>
        <translation>L&apos;exécution n&apos;a pas atteint Ready à temps.</translation>
    </message>
</context>
<context>
    <name>Slipway::RunHost</name>
    <message>
        <location filename="../core/run/runhost.cpp" line="67"/>
        <source>Cannot read the broker&apos;s CA %1: %2</source>
        <translation>Impossible de lire l&apos;autorité de certification du broker %1 : %2</translation>
    </message>
</context>
<context>
    <name>Slipway::RuntimeParameterStore</name>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="262"/>
        <source>The run database %1 failed: %2</source>
        <translation>La base des exécutions %1 a échoué : %2</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="274"/>
        <source>Cannot open the run database %1: %2</source>
        <translation>Impossible d&apos;ouvrir la base des exécutions %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="284"/>
        <source>The run database %1 is locked: %2</source>
        <translation>La base des exécutions %1 est verrouillée : %2</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="311"/>
        <source>Cannot create the run tables in %1: %2</source>
        <translation>Impossible de créer les tables des exécutions dans %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="365"/>
        <source>&apos;%1&apos; is not a run id.</source>
        <translation>« %1 » n&apos;est pas un identifiant d&apos;exécution.</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="369"/>
        <source>The run &apos;%1&apos; exists already.</source>
        <translation>L&apos;exécution « %1 » existe déjà.</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="375"/>
        <source>&apos;%1&apos; is not a node name.</source>
        <translation>« %1 » n&apos;est pas un nom de nœud.</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="379"/>
        <source>The node %1 has a bad multiplicity.</source>
        <translation>Le nœud %1 a une multiplicité incorrecte.</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="386"/>
        <source>The node %1 appears twice.</source>
        <translation>Le nœud %1 apparaît deux fois.</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="399"/>
        <source>&apos;%1&apos; is not a parameter name.</source>
        <translation>« %1 » n&apos;est pas un nom de paramètre.</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="421"/>
        <source>The mapping source &apos;%1&apos; is not an instance parameter of this run.</source>
        <translation>La source de correspondance « %1 » n&apos;est pas un paramètre d&apos;instance de cette exécution.</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="431"/>
        <source>The mapping target %1:%2 is not declared.</source>
        <translation>La cible de correspondance %1:%2 n&apos;est pas déclarée.</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="443"/>
        <source>The mapping target node %1 does not exist.</source>
        <translation>Le nœud cible de correspondance %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="455"/>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="461"/>
        <source>Cannot store the run %1: %2</source>
        <translation>Impossible d&apos;enregistrer l&apos;exécution %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="571"/>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="601"/>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="653"/>
        <source>The run is aborted: %1</source>
        <translation>L&apos;exécution est avortée : %1</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="578"/>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="650"/>
        <source>The run has no parameter %1.</source>
        <translation>L&apos;exécution n&apos;a pas de paramètre %1.</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="580"/>
        <source>%1 is not set yet.</source>
        <translation>%1 n&apos;est pas encore défini.</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="611"/>
        <source>The node %1 has no parameter %2.</source>
        <translation>Le nœud %1 n&apos;a pas de paramètre %2.</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="617"/>
        <source>The run has no node %1.</source>
        <translation>L&apos;exécution n&apos;a pas de nœud %1.</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="643"/>
        <source>%1 may not set %2: a node sets only its own parameters.</source>
        <translation>%1 ne peut pas définir %2 : un nœud ne définit que ses propres paramètres.</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="647"/>
        <source>%1 is set by Slipway, not by the node.</source>
        <translation>%1 est défini par Slipway, pas par le nœud.</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="663"/>
        <source>The value of %1 has %2 characters; at most %3 are allowed.</source>
        <translation>La valeur de %1 a %2 caractères ; au plus %3 sont permis.</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="718"/>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="748"/>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="828"/>
        <source>%1 is not in this run.</source>
        <translation>%1 ne fait pas partie de cette exécution.</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="720"/>
        <source>Aborted by Slipway.</source>
        <translation>Avorté par Slipway.</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="721"/>
        <source>Aborted by %1.</source>
        <translation>Avorté par %1.</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="725"/>
        <source>The abort reason is longer than %1 characters.</source>
        <translation>La raison de l&apos;avortement dépasse %1 caractères.</translation>
    </message>
    <message>
        <location filename="../core/broker/runtimeparameterstore.cpp" line="831"/>
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
        <location filename="../ui/settingsdialog.cpp" line="44"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Local containers (Podman or Docker)</source>
        <translation type="vanished">Conteneurs locaux (Podman ou Docker)</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="61"/>
        <source>Clouds:</source>
        <translation>Clouds :</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="68"/>
        <source>&amp;Default cloud:</source>
        <translation>Cloud par &amp;défaut :</translation>
    </message>
    <message>
        <source>Nodes that name no cloud run in the default cloud.</source>
        <translation type="vanished">Les nœuds qui ne nomment aucun cloud s&apos;exécutent dans le cloud par défaut.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="35"/>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="36"/>
        <source>&amp;Test</source>
        <translation>&amp;Tester</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="69"/>
        <source>Nodes that name no cloud run in the default cloud. Credentials are kept in the system keychain, never in this list.</source>
        <translation>Les nœuds qui ne nomment aucun nuage tournent dans le nuage par défaut. Les identifiants sont gardés dans le trousseau du système, jamais dans cette liste.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="75"/>
        <source>Clouds</source>
        <translation>Clouds</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="88"/>
        <source>Editor &amp;font:</source>
        <translation>&amp;Police de l&apos;éditeur :</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="91"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="93"/>
        <source>Font &amp;size:</source>
        <translation>&amp;Taille de police :</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="95"/>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="96"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="97"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="99"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="100"/>
        <source>Editor</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="120"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="136"/>
        <source>A cloud needs a name and a known kind.</source>
        <translation>Un nuage demande un nom et un type connu.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="151"/>
        <source>%1 added.</source>
        <translation>%1 ajouté.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="158"/>
        <source>Add a cloud</source>
        <translation>Ajouter un nuage</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="164"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="165"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="217"/>
        <source>Testing %1…</source>
        <translation>Test de %1…</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="222"/>
        <source>%1 cannot be used: %2</source>
        <translation>%1 n&apos;est pas utilisable : %2</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="224"/>
        <source>%1 works: %2</source>
        <translation>%1 fonctionne : %2</translation>
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
    <name>main</name>
    <message>
        <location filename="../app/slipway/main.cpp" line="38"/>
        <source>Design, version and launch machine images and multi-node deployments.</source>
        <translation>Concevez, versionnez et lancez des images de machines et des déploiements multi-nœuds.</translation>
    </message>
    <message>
        <location filename="../app/slipway/main.cpp" line="45"/>
        <source>Save a picture of the main window to &lt;file&gt; once it is shown, then quit.</source>
        <translation>Enregistre une image de la fenêtre principale dans &lt;file&gt; dès qu&apos;elle est affichée, puis quitte.</translation>
    </message>
    <message>
        <location filename="../app/slipway/main.cpp" line="48"/>
        <location filename="../app/slipway/main.cpp" line="55"/>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <location filename="../app/slipway/main.cpp" line="52"/>
        <source>Open the catalog in &lt;file&gt; instead of the default one.</source>
        <translation>Ouvrir le catalogue dans &lt;file&gt; au lieu du catalogue par défaut.</translation>
    </message>
    <message>
        <location filename="../app/slipway/main.cpp" line="59"/>
        <source>Bundles or SlipStream module XML files to import.</source>
        <translation>Paquets ou fichiers XML de modules SlipStream à importer.</translation>
    </message>
    <message>
        <location filename="../app/slipway/main.cpp" line="60"/>
        <source>[file...]</source>
        <translation>[fichier...]</translation>
    </message>
    <message>
        <location filename="../app/slipway/main.cpp" line="76"/>
        <source>Slipway</source>
        <translation>Slipway</translation>
    </message>
    <message>
        <location filename="../app/slipway/main.cpp" line="77"/>
        <source>The catalog %1 cannot be opened: %2</source>
        <translation>Le catalogue %1 ne peut pas être ouvert : %2</translation>
    </message>
</context>
</TS>
