"""Two processes (the kiosk and a ``kiosk ticket`` command) issuing tickets at once."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

from store_helpers import NOW, commit_many, counts, query

from kiosk.store import open_store

PER_PROCESS = 50


def test_two_processes_get_distinct_numbers_without_gaps(data_dir: Path) -> None:
    open_store(data_dir).close()
    ctx = multiprocessing.get_context("spawn")
    ready, results = ctx.Barrier(2), ctx.Queue()
    # 10 ms between commits: wide enough that a briefly descheduled process on a busy
    # 2-core CI machine still interleaves with the other (the test checks they did).
    procs = [ctx.Process(target=commit_many,
                         args=(str(data_dir), PER_PROCESS, ready, results, 0.01))
             for _ in range(2)]
    for p in procs:
        p.start()
    outcomes = [results.get(timeout=180) for _ in procs]
    for p in procs:
        p.join(timeout=60)
        assert p.exitcode == 0

    assert all(kind == "ok" for kind, _ in outcomes), outcomes
    numbers = [n for _, got in outcomes for n in got]
    assert len(numbers) == len(set(numbers)) == 2 * PER_PROCESS
    assert sorted(numbers) == [f"C-{i:03d}" for i in range(1, 2 * PER_PROCESS + 1)]
    for _, got in outcomes:
        seqs = [int(n.removeprefix("C-")) for n in got]
        assert seqs == sorted(seqs)  # each process saw its own numbers increase
        # They really took turns (else the test would prove nothing about locking).
        assert seqs != list(range(seqs[0], seqs[0] + PER_PROCESS))
    assert counts(data_dir) == (100, 100, 100)
    assert [r[0] for r in query(data_dir, "SELECT seq FROM outbox ORDER BY seq")] == list(
        range(1, 101))
    ahead = [r[0] for r in query(data_dir, "SELECT people_ahead FROM tickets ORDER BY seq")]
    assert ahead == list(range(100))
    with open_store(data_dir) as store:
        assert store.integrity_check() == "ok"
        assert len(store.day_tickets(NOW.date())) == 100
