<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Slipway::MainWindow</name>
    <message>
        <source>Slipway</source>
        <translation>Slipway</translation>
    </message>
    <message>
        <source>Open a module from the catalog to edit it.</source>
        <translation>Ouvrez un module du catalogue pour le modifier.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About Slipway</source>
        <translation>À &amp;propos de Slipway</translation>
    </message>
    <message>
        <source>About Slipway</source>
        <translation>À propos de Slipway</translation>
    </message>
    <message>
        <source>&lt;b&gt;Slipway&lt;/b&gt; %1&lt;br&gt;Design, version and launch machine images and multi-node deployments.</source>
        <translation>&lt;b&gt;Slipway&lt;/b&gt; %1&lt;br&gt;Concevez, versionnez et lancez des images de machines et des déploiements multi-nœuds.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Design, version and launch machine images and multi-node deployments.</source>
        <translation>Concevez, versionnez et lancez des images de machines et des déploiements multi-nœuds.</translation>
    </message>
    <message>
        <source>Save a picture of the main window to &lt;file&gt; once it is shown, then quit.</source>
        <translation>Enregistre une image de la fenêtre principale dans &lt;file&gt; dès qu'elle est affichée, puis quitte.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
</context>
</TS>
