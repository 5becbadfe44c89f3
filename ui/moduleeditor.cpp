#include "moduleeditor.h"

#include "core/catalog/buildstatus.h"
#include "core/model/modulejson.h"
#include "core/settings.h"
#include "ui/authorizationeditor.h"
#include "ui/commands/editrecipecommand.h"
#include "ui/commands/editsummarycommand.h"
#include "ui/diagram/deploymentdiagram.h"
#include "ui/document.h"
#include "ui/editor/recipeeditor.h"
#include "ui/editor/recipepane.h"

#include "ui/historyview.h"
#include "ui/models/editortables.h"
#include "ui/tableeditor.h"
#include <Qsci/qscicommand.h>
#include <Qsci/qscicommandset.h>

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopedValueRollback>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Slipway {

namespace {

// The one place that makes recipe editors, so that the editor widget can change alone.
RecipePane *makeRecipePane(bool readOnly, QWidget *parent)
{
    auto *pane = new RecipePane(parent);
    pane->setReadOnly(readOnly);
    // Undo and redo belong to the document's stack (the window's Ctrl+Z, Ctrl+Shift+Z,
    // Ctrl+Y), not to the editor's own history.
    QsciCommandSet *commands = pane->editor()->standardCommands();
    for (QsciCommand::Command command : {QsciCommand::Undo, QsciCommand::Redo}) {
        if (QsciCommand *bound = commands->find(command)) {
            bound->setKey(0);
            bound->setAlternateKey(0);
        }
    }
    return pane;
}

QString recipeTitle(RecipeKind kind)
{
    switch (kind) {
    case RecipeKind::PreInstall:
        return ModuleEditor::tr("Pre-install");
    case RecipeKind::Recipe:
        return ModuleEditor::tr("Recipe");
    case RecipeKind::Execute:
        return ModuleEditor::tr("Execute");
    case RecipeKind::Report:
        return ModuleEditor::tr("Report");
    case RecipeKind::OnVmAdd:
        return ModuleEditor::tr("On VM add");
    case RecipeKind::OnVmRemove:
        return ModuleEditor::tr("On VM remove");
    case RecipeKind::Check:
        return ModuleEditor::tr("Health check");
    }
    return {};
}

// A combo box whose choices are read from the catalog only when the user reaches for them,
// so that opening an editor does not list a large catalog.
class CatalogChoiceBox : public QComboBox
{
public:
    CatalogChoiceBox(std::function<QStringList()> choices, QWidget *parent)
        : QComboBox(parent)
        , m_choices(std::move(choices))
    {
        setEditable(true);
        setInsertPolicy(QComboBox::NoInsert);
    }

    void showPopup() override
    {
        fill();
        QComboBox::showPopup();
    }

protected:
    void focusInEvent(QFocusEvent *event) override
    {
        fill();
        QComboBox::focusInEvent(event);
    }

private:
    void fill()
    {
        if (m_filled)
            return;
        m_filled = true;
        const QString current = currentText();
        const QSignalBlocker blocker(this);
        clear();
        addItems(m_choices());
        setCurrentText(current);
    }

    std::function<QStringList()> m_choices;
    bool m_filled = false;
};

// "image.parameters[db].default" -> "db" for the given list.
QString itemName(const QString &field, QStringView list)
{
    static const QRegularExpression pattern(u"^[a-z]+\\.([A-Za-z]+)\\[([^\\]]*)\\]"_s);
    const auto match = pattern.match(field);
    if (!match.hasMatch() || match.capturedView(1) != list)
        return {};
    return match.captured(2);
}

} // namespace

ModuleEditor::ModuleEditor(Document *document, const Settings &settings, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_tabs(new QTabWidget(this))
{
    setObjectName(u"ModuleEditor"_s);
    m_tabs->setObjectName(u"ModuleEditorTabs"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(buildNewerVersionBar());
    layout->addWidget(m_tabs);

    const ModuleKind kind = document->module().kind;
    m_tabs->addTab(buildSummary(), tr("Summary"));
    if (kind == ModuleKind::Image) {
        m_tabs->addTab(buildClouds(), tr("Clouds"));
        auto *packages = new TableEditor(EditorTables::packages(document, this),
                                         u"Packages"_s,
                                         this);
        m_tables.append(packages);
        m_tabs->addTab(packages, tr("Packages"));
        auto *parameters = new TableEditor(EditorTables::parameters(document, this),
                                           u"Parameters"_s,
                                           this);
        m_tables.append(parameters);
        m_tabs->addTab(parameters, tr("Parameters"));
        m_tabs->addTab(buildRecipes(), tr("Recipes"));
    } else if (kind == ModuleKind::Deployment) {
        m_diagram = new DeploymentDiagram(document, this);
        m_tabs->addTab(m_diagram, tr("Diagram"));
        m_tabs->addTab(buildNodes(), tr("Nodes"));
    }
    m_authz = new AuthorizationEditor(document, this);
    m_tabs->addTab(m_authz, tr("Authorization"));
    m_history = new HistoryView(document, this);
    m_tabs->addTab(m_history, tr("History"));

    if (m_diagram)
        m_tabs->setCurrentWidget(m_diagram); // a deployment opens on its diagram
    applySettings(settings);
    connect(document, &Document::changed, this, [this](Document::Parts parts) {
        refresh(int(parts));
        // Saved or reloaded past what was announced: nothing newer any more.
        if ((parts & Document::Part::History) && m_document->version() >= m_newerVersion) {
            m_newerVersion = 0;
            m_newerBar->hide();
        }
    });
    // Other members' saves, moves and deletions (team catalog).
    connect(&document->catalog(),
            &Catalog::moduleChanged,
            this,
            &ModuleEditor::moduleChangedElsewhere);
    refresh(int(Document::Part::All));
    refreshBuilds();
    // A save may leave the builds behind (or carry them over).
    connect(document, &Document::modifiedChanged, this, [this](bool modified) {
        if (!modified)
            refreshBuilds();
    });
}

ModuleEditor::~ModuleEditor() = default;

QWidget *ModuleEditor::buildNewerVersionBar()
{
    m_newerBar = new QFrame(this);
    m_newerBar->setObjectName(u"NewerVersionBar"_s);
    auto *frame = static_cast<QFrame *>(m_newerBar);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setAutoFillBackground(true);
    // An information bar in the manner of KMessageWidget: a tinted strip with its actions.
    QPalette palette = frame->palette();
    const QColor tint = palette.color(QPalette::Highlight);
    palette.setColor(QPalette::Window,
                     QColor::fromRgbF(tint.redF(), tint.greenF(), tint.blueF(), 0.18).toRgb());
    frame->setPalette(palette);
    auto *bar = new QHBoxLayout(frame);
    bar->setContentsMargins(8, 4, 4, 4);
    auto *icon = new QLabel(frame);
    icon->setPixmap(QIcon::fromTheme(u"dialog-information"_s).pixmap(16, 16));
    bar->addWidget(icon);
    m_newerText = new QLabel(frame);
    m_newerText->setObjectName(u"NewerVersionText"_s);
    m_newerText->setWordWrap(true);
    bar->addWidget(m_newerText, 1);
    m_reload = new QPushButton(QIcon::fromTheme(u"view-refresh"_s), tr("&Reload"), frame);
    m_reload->setObjectName(u"NewerVersionReload"_s);
    bar->addWidget(m_reload);
    auto *dismiss = new QToolButton(frame);
    dismiss->setObjectName(u"NewerVersionDismiss"_s);
    dismiss->setIcon(QIcon::fromTheme(u"dialog-close"_s));
    dismiss->setText(tr("Dismiss"));
    dismiss->setToolTip(tr("Keep editing this version (a save will then ask how to go on)"));
    dismiss->setAutoRaise(true);
    bar->addWidget(dismiss);
    connect(dismiss, &QToolButton::clicked, m_newerBar, &QWidget::hide);
    connect(m_reload, &QPushButton::clicked, this, [this] {
        if (auto reloaded = m_document->reload(); !reloaded)
            QMessageBox::warning(this,
                                 tr("Reload %1").arg(m_document->path()),
                                 reloaded.errorMessage());
    });
    m_newerBar->hide();
    return m_newerBar;
}

void ModuleEditor::moduleChangedElsewhere(const QString &path, int latestVersion, bool deleted)
{
    if (path != m_document->path()) {
        // A move is announced at the module's new path: an editor whose module left its path
        // learns it by looking.
        if (!m_newerBar->isVisible() && !m_document->catalog().contains(m_document->path())) {
            m_newerVersion = 0;
            m_newerText->setText(tr("Another member moved or deleted %1 in the team catalog. "
                                    "Save this edit under another path to keep it.")
                                     .arg(m_document->path()));
            m_reload->hide();
            m_newerBar->show();
        }
        return;
    }
    if (deleted) {
        m_newerVersion = 0;
        m_newerText->setText(tr("Another member deleted %1 from the team catalog. Save this "
                                "edit under another path to keep it.")
                                 .arg(path));
        m_reload->hide();
        m_newerBar->show();
        return;
    }
    if (latestVersion <= m_document->version())
        return;
    m_newerVersion = latestVersion;
    QString who;
    if (auto history = m_document->catalog().history(path); history && !history->isEmpty())
        who = history->constLast().author;
    m_reload->setToolTip(m_document->isModified()
                             ? tr("Reload drops your unsaved changes; a save instead asks how "
                                  "to go on")
                             : tr("Read the latest version"));
    m_newerText->setText(
        (who.isEmpty() ? tr("A newer version of %1 was saved: version %2 (you have version %3).")
                             .arg(path)
                             .arg(latestVersion)
                             .arg(m_document->version())
                       : tr("%1 saved a newer version of %2: version %3 (you have version %4).")
                             .arg(who, path)
                             .arg(latestVersion)
                             .arg(m_document->version())));
    m_reload->show();
    m_newerBar->show();
}

QWidget *ModuleEditor::buildSummary()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    const Module &module = m_document->module();
    auto *path = new QLabel(module.path, page);
    path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Path:"), path);

    m_description = new QPlainTextEdit(page);
    m_description->setObjectName(u"Description"_s);
    m_description->setUndoRedoEnabled(false); // the document's stack undoes it
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(120);
    form->addRow(tr("&Description:"), m_description);
    connect(m_description, &QPlainTextEdit::textChanged, this, [this] {
        if (m_updating || m_description->toPlainText() == m_document->module().description)
            return;
        m_document->undoStack()->push(new EditSummaryCommand(m_document,
                                                             EditSummaryCommand::Field::Description,
                                                             m_description->toPlainText()));
    });

    if (module.kind != ModuleKind::Image)
        return page;

    m_native = new QCheckBox(tr("Native image: a base image that exists in the clouds"), page);
    m_native->setObjectName(u"Native"_s);
    form->addRow(QString(), m_native);
    connect(m_native, &QCheckBox::clicked, this, [this](bool on) {
        m_document->undoStack()->push(
            new EditSummaryCommand(m_document, EditSummaryCommand::Field::Native, on));
    });

    Document *doc = m_document;
    m_parent = new CatalogChoiceBox(
        [doc] {
            QStringList images;
            if (auto entries = doc->catalog().list())
                for (const CatalogEntry &e : *entries)
                    if (e.kind == ModuleKind::Image && e.path != doc->path())
                        images.append(e.path);
            return images;
        },
        page);
    m_parent->setObjectName(u"Parent"_s);
    m_parent->lineEdit()->setPlaceholderText(tr("the image this one derives from"));
    form->addRow(tr("&Parent image:"), m_parent);
    connect(m_parent, &QComboBox::currentTextChanged, this, [this](const QString &text) {
        if (m_updating || text.trimmed() == m_document->module().image.parent)
            return;
        m_document->undoStack()->push(
            new EditSummaryCommand(m_document, EditSummaryCommand::Field::Parent, text.trimmed()));
    });
    m_chain = new QLabel(page);
    m_chain->setObjectName(u"InheritanceChain"_s);
    m_chain->setWordWrap(true);
    form->addRow(tr("Inherits:"), m_chain);

    m_loginUser = new QLineEdit(page);
    m_loginUser->setObjectName(u"LoginUser"_s);
    form->addRow(tr("&Login user:"), m_loginUser);
    connect(m_loginUser, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_document->undoStack()->push(new EditSummaryCommand(m_document,
                                                             EditSummaryCommand::Field::LoginUser,
                                                             text.trimmed()));
    });

    m_platform = new QComboBox(page);
    m_platform->setObjectName(u"Platform"_s);
    m_platform->setEditable(true);
    m_platform->setInsertPolicy(QComboBox::NoInsert);
    m_platform->addItems(
        {QString(), u"debian"_s, u"ubuntu"_s, u"fedora"_s, u"centos"_s, u"alpine"_s, u"opensuse"_s});
    form->addRow(tr("P&latform:"), m_platform);
    connect(m_platform, &QComboBox::currentTextChanged, this, [this](const QString &text) {
        if (m_updating || text.trimmed() == m_document->module().image.platform)
            return;
        m_document->undoStack()->push(
            new EditSummaryCommand(m_document, EditSummaryCommand::Field::Platform, text.trimmed()));
    });
    return page;
}

QWidget *ModuleEditor::buildClouds()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);

    // What is built where, from which version, and whether the image changed since.
    auto *built = new QGroupBox(tr("Built images"), page);
    auto *builtLayout = new QVBoxLayout(built);
    auto *buildRow = new QHBoxLayout;
    auto *builtNote = new QLabel(tr("A build is stale when the image or an image it derives "
                                    "from changed, or was built again, since."),
                                 built);
    builtNote->setWordWrap(true);
    buildRow->addWidget(builtNote, 1);
    m_buildButton = new QPushButton(QIcon::fromTheme(u"run-build"_s), tr("&Build…"), built);
    m_buildButton->setObjectName(u"BuildButton"_s);
    m_buildButton->setToolTip(tr("Build the saved image on clouds you choose (Ctrl+B)"));
    buildRow->addWidget(m_buildButton);
    builtLayout->addLayout(buildRow);
    connect(m_buildButton, &QPushButton::clicked, this, [this] {
        Q_EMIT buildRequested(m_document->path());
    });
    m_builtImages = new QTableWidget(0, 5, built);
    m_builtImages->setObjectName(u"BuiltImages"_s);
    m_builtImages->setHorizontalHeaderLabels(
        {tr("Cloud"), tr("Image id"), tr("Built from"), tr("Built at"), tr("State")});
    m_builtImages->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_builtImages->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_builtImages->verticalHeader()->hide();
    m_builtImages->horizontalHeader()->setStretchLastSection(true);
    builtLayout->addWidget(m_builtImages);
    layout->addWidget(built);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this, page](int index) {
        if (m_tabs->widget(index) == page)
            refreshBuilds();
    });

    auto *ids = new QGroupBox(tr("Image ids in the clouds (native images)"), page);
    auto *idsLayout = new QVBoxLayout(ids);
    auto *idsTable = new TableEditor(EditorTables::imageIds(m_document, this), u"ImageIds"_s, ids);
    idsLayout->addWidget(idsTable);
    m_tables.append(idsTable);
    auto *resources = new QGroupBox(tr("Resources per cloud"), page);
    auto *resourcesLayout = new QVBoxLayout(resources);
    auto *resourcesTable = new TableEditor(EditorTables::resources(m_document, this),
                                           u"Resources"_s,
                                           resources);
    resourcesLayout->addWidget(resourcesTable);
    m_tables.append(resourcesTable);
    layout->addWidget(ids);
    layout->addWidget(resources);
    return page;
}

void ModuleEditor::refreshBuilds()
{
    if (!m_builtImages)
        return;
    m_builtImages->setRowCount(0);
    auto states = imageBuildStates(m_document->catalog(), m_document->path());
    m_buildButton->setEnabled(bool(states) && !m_document->module().image.native
                              && !m_document->module().image.parent.isEmpty());
    if (!states) {
        m_buildButton->setToolTip(states.errorMessage());
        return;
    }
    m_buildButton->setToolTip(m_buildButton->isEnabled()
                                  ? tr("Build the saved image on clouds you choose (Ctrl+B)")
                                  : tr("A native image exists in the clouds: there is nothing to "
                                       "build."));
    const QLocale locale;
    for (const ImageBuildState &s : std::as_const(*states)) {
        const int row = m_builtImages->rowCount();
        m_builtImages->insertRow(row);
        auto *cloud = new QTableWidgetItem(s.cloud);
        // Digests are long: the start of one tells it apart, the tooltip has it whole.
        auto *id = new QTableWidgetItem(s.imageId.size() > 24 ? s.imageId.left(19) + u'…'
                                                              : s.imageId);
        id->setToolTip(s.imageId);
        auto *from = new QTableWidgetItem(tr("version %1").arg(s.fromVersion));
        auto *at = new QTableWidgetItem(
            locale.toString(s.builtAt.toLocalTime(), QLocale::ShortFormat));
        auto *state = new QTableWidgetItem(s.stale ? tr("stale: %1").arg(s.reason) : tr("current"));
        state->setData(Qt::UserRole, s.stale);
        state->setToolTip(state->text());
        state->setIcon(QIcon::fromTheme(s.stale ? u"dialog-warning"_s : u"dialog-ok"_s));
        if (s.stale)
            state->setForeground(palette().color(QPalette::Link));
        const QList<QTableWidgetItem *> items{cloud, id, from, at, state};
        for (int column = 0; column < items.size(); ++column)
            m_builtImages->setItem(row, column, items.at(column));
    }
    m_builtImages->resizeColumnsToContents();
    m_builtImages->horizontalHeader()->setStretchLastSection(true);
}

QWidget *ModuleEditor::buildRecipes()
{
    m_recipeTabs = new QTabWidget(this);
    m_recipeTabs->setObjectName(u"RecipeTabs"_s);
    m_recipeTabs->setDocumentMode(true);
    for (RecipeKind kind : allRecipeKinds) {
        auto *splitter = new QSplitter(Qt::Horizontal, m_recipeTabs);
        auto *ownBox = new QGroupBox(tr("This image's script"), splitter);
        auto *ownLayout = new QVBoxLayout(ownBox);
        RecipePane *own = makeRecipePane(false, ownBox);
        own->setObjectName(u"Recipe_"_s + ModuleJson::recipeKindName(kind));
        ownLayout->addWidget(own);
        auto *inheritedBox = new QGroupBox(tr("Inherited from the parent images (runs first)"),
                                           splitter);
        auto *inheritedLayout = new QVBoxLayout(inheritedBox);
        RecipePane *inherited = makeRecipePane(true, inheritedBox);
        inherited->setObjectName(u"Inherited_"_s + ModuleJson::recipeKindName(kind));
        inheritedLayout->addWidget(inherited);
        splitter->addWidget(ownBox);
        splitter->addWidget(inheritedBox);
        splitter->setStretchFactor(0, 3);
        splitter->setStretchFactor(1, 2);
        m_ownRecipes.append(own);
        m_inheritedRecipes.append(inherited);
        m_recipeTabs->addTab(splitter, recipeTitle(kind));
        connect(own->editor(), &RecipeEditor::recipeEdited, this, [this, own, kind] {
            if (m_updating)
                return;
            const QString text = own->editor()->recipe();
            if (text == m_document->module().image.recipes.get(kind))
                return;
            m_document->undoStack()->push(new EditRecipeCommand(m_document, kind, text));
        });
    }
    return m_recipeTabs;
}

QWidget *ModuleEditor::buildNodes()
{
    Document *doc = m_document;
    auto imagePaths = [doc] {
        QStringList images;
        if (auto entries = doc->catalog().list())
            for (const CatalogEntry &e : *entries)
                if (e.kind == ModuleKind::Image)
                    images.append(e.path);
        return images;
    };
    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_nodes = new TableEditor(EditorTables::nodes(m_document, imagePaths, this),
                              u"Nodes"_s,
                              splitter);
    m_tables.append(m_nodes);
    auto *mappingsPage = new QWidget(splitter);
    auto *mappingsLayout = new QVBoxLayout(mappingsPage);
    mappingsLayout->setContentsMargins(0, 0, 0, 0);
    m_mappingsTitle = new QLabel(mappingsPage);
    mappingsLayout->addWidget(m_mappingsTitle);
    m_mappedNode = std::make_shared<QString>();
    m_mappings = new TableEditor(EditorTables::mappings(m_document, m_mappedNode, this),
                                 u"Mappings"_s,
                                 mappingsPage);
    m_tables.append(m_mappings);
    mappingsLayout->addWidget(m_mappings);
    splitter->addWidget(m_nodes);
    splitter->addWidget(mappingsPage);
    connect(m_nodes->view()->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            [this](const QModelIndex &current) { showMappingsOf(current.row()); });
    showMappingsOf(-1);
    return splitter;
}

void ModuleEditor::showMappingsOf(int nodeRow)
{
    const QList<Node> &nodes = m_document->module().deployment.nodes;
    *m_mappedNode = nodeRow >= 0 && nodeRow < nodes.size() ? nodes.at(nodeRow).name : QString();
    m_mappings->setEnabled(!m_mappedNode->isEmpty());
    m_mappingsTitle->setText(m_mappedNode->isEmpty()
                                 ? tr("Select a node to map its input parameters.")
                                 : tr("Input parameters of node %1:").arg(*m_mappedNode));
    m_mappings->model()->reload();
}

void ModuleEditor::refresh(int partsValue)
{
    const Document::Parts parts = Document::Parts::fromInt(partsValue);
    const Module &module = m_document->module();
    const QScopedValueRollback<bool> updating(m_updating, true);
    if (parts & Document::Part::Summary) {
        if (m_description->toPlainText() != module.description)
            m_description->setPlainText(module.description);
        if (module.kind == ModuleKind::Image) {
            m_native->setChecked(module.image.native);
            if (m_parent->currentText().trimmed() != module.image.parent)
                m_parent->setCurrentText(module.image.parent);
            if (m_loginUser->text().trimmed() != module.image.loginUser)
                m_loginUser->setText(module.image.loginUser);
            if (m_platform->currentText().trimmed() != module.image.platform)
                m_platform->setCurrentText(module.image.platform);
        }
    }
    if (module.kind == ModuleKind::Image) {
        if (!m_document->inheritanceError().isEmpty()) {
            m_chain->setText(m_document->inheritanceError());
            m_chain->setForegroundRole(QPalette::Link);
        } else if (m_document->effective() && m_document->effective()->chain.size() > 1) {
            m_chain->setText(m_document->effective()->chain.join(u" → "));
            m_chain->setForegroundRole(QPalette::WindowText);
        } else {
            m_chain->setText(tr("nothing (a root image)"));
            m_chain->setForegroundRole(QPalette::WindowText);
        }
        if (parts & (Document::Part::Recipes | Document::Part::Summary))
            refreshRecipes();
    }
    if (m_mappings && (parts & Document::Part::Nodes)) {
        const int row = m_nodes->view()->currentIndex().row();
        showMappingsOf(row);
    }
}

void ModuleEditor::refreshRecipes()
{
    const Module &module = m_document->module();
    for (RecipeKind kind : allRecipeKinds) {
        RecipePane *own = m_ownRecipes.at(int(kind));
        const QString script = module.image.recipes.get(kind);
        if (own->editor()->recipe() != script)
            own->editor()->setRecipe(script);
        const QString inherited = m_document->inherited()
                                      ? m_document->inherited()->combinedScript(kind)
                                      : QString();
        RecipePane *pane = m_inheritedRecipes.at(int(kind));
        if (pane->editor()->recipe() != inherited)
            pane->editor()->setRecipe(inherited);
        const bool any = !script.isEmpty() || !inherited.isEmpty();
        m_recipeTabs->setTabText(int(kind), any ? recipeTitle(kind) + u" •"_s : recipeTitle(kind));
    }
}

TableEditor *ModuleEditor::table(const QString &objectName) const
{
    for (TableEditor *t : m_tables)
        if (t->objectName() == objectName)
            return t;
    return nullptr;
}

RecipePane *ModuleEditor::ownRecipe(RecipeKind kind) const
{
    return m_ownRecipes.value(int(kind));
}

RecipePane *ModuleEditor::inheritedRecipe(RecipeKind kind) const
{
    return m_inheritedRecipes.value(int(kind));
}

void ModuleEditor::showRecipe(RecipeKind kind)
{
    if (!m_recipeTabs)
        return;
    m_tabs->setCurrentWidget(m_recipeTabs);
    m_recipeTabs->setCurrentIndex(int(kind));
    ownRecipe(kind)->editor()->setFocus();
}

bool ModuleEditor::focusField(const QString &field)
{
    auto showTable = [this](const QString &name, const QString &row) {
        TableEditor *t = table(name);
        if (!t)
            return false;
        QWidget *page = t;
        while (page && m_tabs->indexOf(page) < 0)
            page = page->parentWidget();
        if (page)
            m_tabs->setCurrentWidget(page);
        if (!row.isEmpty())
            t->selectRow(row);
        t->view()->setFocus();
        return true;
    };
    if (field.startsWith(u"image.recipes.")) {
        if (auto kind = ModuleJson::recipeKindFromName(field.mid(14))) {
            showRecipe(*kind);
            return true;
        }
    }
    if (field.startsWith(u"image.packages"))
        return showTable(u"Packages"_s, itemName(field, u"packages"));
    if (field.startsWith(u"image.parameters"))
        return showTable(u"Parameters"_s, itemName(field, u"parameters"));
    if (field.startsWith(u"image.imageIds") || field.startsWith(u"image.builtImages"))
        return showTable(u"ImageIds"_s, itemName(field, u"imageIds"));
    if (field.startsWith(u"image.resources"))
        return showTable(u"Resources"_s, itemName(field, u"resources"));
    if (field.startsWith(u"deployment.nodes") && m_diagram && !field.contains(u".mappings[")) {
        // A node (or the deployment's flow as a whole): shown where it is in the diagram.
        m_tabs->setCurrentWidget(m_diagram);
        m_diagram->showNode(itemName(field, u"nodes"));
        return true;
    }
    if (field.startsWith(u"deployment.nodes") && m_nodes) {
        showTable(u"Nodes"_s, itemName(field, u"nodes"));
        static const QRegularExpression mapping(u"\\.mappings\\[([^\\]]*)\\]"_s);
        const auto match = mapping.match(field);
        if (match.hasMatch()) {
            m_mappings->selectRow(match.captured(1));
            m_mappings->view()->setFocus();
        }
        return true;
    }
    if (field.startsWith(u"authz")) {
        m_tabs->setCurrentWidget(m_authz);
        return true;
    }
    m_tabs->setCurrentIndex(0);
    if (field.startsWith(u"image.parent") && m_parent)
        m_parent->setFocus();
    else if (field.startsWith(u"image.loginUser") && m_loginUser)
        m_loginUser->setFocus();
    else
        m_description->setFocus();
    return true;
}

void ModuleEditor::applySettings(const Settings &settings)
{
    for (RecipePane *pane : std::as_const(m_ownRecipes))
        pane->applySettings(settings);
    for (RecipePane *pane : std::as_const(m_inheritedRecipes))
        pane->applySettings(settings);
}

} // namespace Slipway
