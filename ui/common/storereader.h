#pragma once

#include "store/database.h"

#include <QFuture>
#include <QtConcurrent/QtConcurrentRun>
#include <functional>

namespace bxt {

// What a read on another thread gives back: its result, or why it failed (empty when it was
// cancelled).
template <typename Result> struct StoreRead
{
    Result result;
    bool ok = false;
    QString error;
};

// Reads from the store on a worker thread, through a connection of its own (a Database is
// used from one thread only), opened at the schema version of the given one so that a read
// never upgrades a store.
template <typename Result>
QFuture<StoreRead<Result>> readStoreInBackground(
    const Database &database, std::function<bool(const Database &, Result *, QString *)> read)
{
    return QtConcurrent::run([path = database.path(), version = database.schemaVersion(), read = std::move(read)] {
        StoreRead<Result> outcome;
        const auto connection = Database::open(path, &outcome.error, version);
        if (connection)
            outcome.ok = read(*connection, &outcome.result, &outcome.error);
        return outcome;
    });
}

} // namespace bxt
