#pragma once

#include <QMainWindow>
#include <memory>

class QLabel;
class QLineEdit;
class QTreeWidget;

namespace bxt {

class Database;

// The case store's window: what the store holds and a search over it. The triage desk grows
// from here.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(const QString &databasePath, QWidget *parent = nullptr);
    ~MainWindow() override;

private:
    void showSummary();
    void runSearch();

    std::unique_ptr<Database> m_database;
    QLabel *m_summary = nullptr;
    QLineEdit *m_searchBox = nullptr;
    QTreeWidget *m_results = nullptr;
};

} // namespace bxt
