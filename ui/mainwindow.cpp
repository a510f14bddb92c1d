#include "mainwindow.h"

#include "domain/category.h"
#include "search/postsearch.h"
#include "store/database.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace bxt {

MainWindow::MainWindow(const QString &databasePath, QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Baixingtan Desk"));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_summary = new QLabel(central);
    m_summary->setWordWrap(true);
    m_searchBox = new QLineEdit(central);
    m_searchBox->setPlaceholderText(tr("Search titles and text, e.g. 供暖 or 物业费"));
    m_searchBox->setClearButtonEnabled(true);
    m_searchBox->setAccessibleName(tr("Search posts"));
    m_results = new QTreeWidget(central);
    m_results->setHeaderLabels({tr("Post"), tr("Title")});
    m_results->setRootIsDecorated(false);
    m_results->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_results->setAccessibleName(tr("Search results"));
    layout->addWidget(m_summary);
    layout->addWidget(m_searchBox);
    layout->addWidget(m_results, 1);
    setCentralWidget(central);
    resize(960, 640);
    connect(m_searchBox, &QLineEdit::returnPressed, this, &MainWindow::runSearch);

    QString error;
    m_database = Database::open(databasePath, &error);
    if (!m_database) {
        m_summary->setText(error);
        m_searchBox->setEnabled(false);
        return;
    }
    statusBar()->showMessage(tr("Case store: %1").arg(m_database->path()));
    showSummary();
}

MainWindow::~MainWindow() = default;

void MainWindow::showSummary()
{
    QSqlQuery query(m_database->connection());
    QStringList parts;
    qint64 total = 0;
    if (query.exec(QStringLiteral("SELECT category, count(*) FROM posts GROUP BY category ORDER BY 2 DESC"))) {
        while (query.next()) {
            const auto category = Categories::fromCode(query.value(0).toString());
            const qint64 count = query.value(1).toLongLong();
            total += count;
            parts.append(tr("%1: %2").arg(category ? Categories::displayName(*category) : tr("unclassified"))
                                 .arg(count));
        }
    }
    m_summary->setText(tr("%n post(s) in the store. ", nullptr, int(total)) + parts.join(tr(", ")));
}

void MainWindow::runSearch()
{
    m_results->clear();
    QList<SearchHit> hits;
    QString error;
    if (!PostSearch(*m_database).search(m_searchBox->text(), 200, &hits, &error)) {
        QMessageBox::warning(this, tr("Search failed"), error);
        return;
    }
    for (const SearchHit &hit : std::as_const(hits))
        new QTreeWidgetItem(m_results, {hit.id, hit.title});
    statusBar()->showMessage(tr("%n post(s) found", nullptr, int(hits.size())));
}

} // namespace bxt
