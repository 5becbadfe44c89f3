<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Slipway::MainWindow</name>
    <message>
        <source>Slipway</source>
        <translation>Slipway</translation>
    </message>
    <message>
        <source>Open a module from the catalog to edit it.</source>
        <translation>Öffnen Sie ein Modul aus dem Katalog, um es zu bearbeiten.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Slipway</source>
        <translation>Ü&amp;ber Slipway</translation>
    </message>
    <message>
        <source>About Slipway</source>
        <translation>Über Slipway</translation>
    </message>
    <message>
        <source>&lt;b&gt;Slipway&lt;/b&gt; %1&lt;br&gt;Design, version and launch machine images and multi-node deployments.</source>
        <translation>&lt;b&gt;Slipway&lt;/b&gt; %1&lt;br&gt;Maschinen-Images und Mehrknoten-Deployments entwerfen, versionieren und starten.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Design, version and launch machine images and multi-node deployments.</source>
        <translation>Maschinen-Images und Mehrknoten-Deployments entwerfen, versionieren und starten.</translation>
    </message>
    <message>
        <source>Save a picture of the main window to &lt;file&gt; once it is shown, then quit.</source>
        <translation>Speichert ein Bild des Hauptfensters in &lt;file&gt;, sobald es angezeigt wird, und beendet sich.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>datei</translation>
    </message>
</context>
</TS>
