"""``kiosk queue``: the day's tickets, and the counters' actions from the command line.

    kiosk queue [--date D] [--json]                 # the day's tickets and their states
    kiosk queue call --counter 3 [--group C ...]    # call the next ticket to counter 3
    kiosk queue recall C-017 --counter 3            # announce it again (then: no-show)
    kiosk queue serve C-017 --counter 3 --outcome done [--note TEXT]
    kiosk queue no-show C-017 --counter 3
    kiosk queue transfer C-017 --group D --counter 3

The actions take the staff console's own path (:class:`kiosk.queue_desk.QueueDesk`):
an event with its outbox entry, on the queue ``[queue] source`` names (this PC's
database, or the hall server).  ``--counter`` defaults to ``[queue] counter``.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date, datetime
from typing import Any

from kiosk import paths
from kiosk.domain.queue import OUTCOMES, QueueTicket, serving_order

EXIT_INPUT = 2
#: ``kiosk queue call`` when nobody waits (not an error; scripts may want to know)
EXIT_NOBODY = 4


def add_commands(sub: Any) -> None:
    """Register ``kiosk queue`` and its actions on the ``kiosk`` parser."""
    p = sub.add_parser("queue", help="the day's tickets; call, recall, serve, no-show, "
                       "transfer")
    p.add_argument("--date", help="YYYY-MM-DD (default: today)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_list)
    actions = p.add_subparsers(dest="action")

    a = actions.add_parser("call", help="call the next ticket (priority first, then oldest)")
    _counter(a)
    a.add_argument("--group", action="append", default=[],
                   help="a service group this counter serves (repeat; default "
                        "[queue] groups, else all)")
    a.add_argument("--ticket", help="call this ticket out of turn instead")
    a.set_defaults(handler=_call)

    a = actions.add_parser("recall", help="announce a called ticket again")
    a.add_argument("ticket")
    _counter(a)
    a.set_defaults(handler=_recall)

    a = actions.add_parser("serve", help="close a visit with its outcome")
    a.add_argument("ticket")
    _counter(a)
    a.add_argument("--outcome", required=True, choices=OUTCOMES)
    a.add_argument("--note", default="", help="a short note (kept with the ticket)")
    a.set_defaults(handler=_serve)

    a = actions.add_parser("no-show", help="the called visitor never came")
    a.add_argument("ticket")
    _counter(a)
    a.set_defaults(handler=_no_show)

    a = actions.add_parser("transfer", help="send a ticket to another service group")
    a.add_argument("ticket")
    a.add_argument("--group", required=True, help="the group it will wait in (a letter)")
    _counter(a)
    a.set_defaults(handler=_transfer)


def _counter(p: argparse.ArgumentParser) -> None:
    p.add_argument("--counter", type=int, help="this counter's number (default "
                   "[queue] counter)")
    p.add_argument("--staff", help="the agent's staff id (recorded with the event)")
    p.add_argument("--json", action="store_true", help="print the ticket as JSON")


def _desk(args: argparse.Namespace) -> tuple[Any, int]:
    from kiosk.compose import build_kiosk
    kiosk = build_kiosk(paths.data_dir(args.data_dir), paths.explicit_config(args.config))
    counter = args.counter if args.counter is not None else kiosk.config.queue.counter
    if counter < 1:
        print("kiosk queue: give --counter N (or set [queue] counter)", file=sys.stderr)
        raise SystemExit(EXIT_INPUT)
    return kiosk, counter


def _report(args: argparse.Namespace, done: Any) -> int:
    ticket: QueueTicket = done.ticket
    if args.json:
        print(json.dumps({"number": ticket.number, "state": ticket.state,
                          "counter": ticket.counter, "group": ticket.group,
                          "recalls": ticket.recalls, "outcome": ticket.outcome,
                          "event": done.event, "delivered": done.delivered},
                         ensure_ascii=False))
        return 0
    words = {"ticket.called": f"called to counter {ticket.counter}",
             "ticket.recalled": f"called again to counter {ticket.counter} "
                                f"(recall {ticket.recalls})",
             "ticket.served": f"served ({ticket.outcome})",
             "ticket.no_show": "no-show",
             "ticket.transferred": f"waits in group {ticket.group} now"}
    line = f"{ticket.number}: {words.get(done.event, done.event)}"
    if done.delivered is False:
        line += " -- kept here: the hall server will get it when it can be reached"
    print(line)
    return 0


def _call(args: argparse.Namespace) -> int:
    kiosk, counter = _desk(args)
    desk = kiosk.queue_desk()
    if args.ticket:
        return _report(args, desk.call(_number(args.ticket), counter, args.staff))
    groups = args.group or kiosk.config.queue.groups or _all_groups(kiosk)
    done = desk.call_next(counter, groups, args.staff)
    if done is None:
        print(f"nobody is waiting in {', '.join(groups)}")
        return EXIT_NOBODY
    return _report(args, done)


def _recall(args: argparse.Namespace) -> int:
    kiosk, counter = _desk(args)
    return _report(args, kiosk.queue_desk().recall(_number(args.ticket), counter, args.staff))


def _serve(args: argparse.Namespace) -> int:
    kiosk, counter = _desk(args)
    return _report(args, kiosk.queue_desk().serve(_number(args.ticket), counter,
                                                  args.outcome, args.note, args.staff))


def _no_show(args: argparse.Namespace) -> int:
    kiosk, counter = _desk(args)
    return _report(args, kiosk.queue_desk().no_show(_number(args.ticket), counter,
                                                    args.staff))


def _transfer(args: argparse.Namespace) -> int:
    kiosk, counter = _desk(args)
    return _report(args, kiosk.queue_desk().transfer(_number(args.ticket),
                                                     args.group.upper(), counter, args.staff))


def _number(typed: str) -> str:
    from kiosk.domain.tickets import normalise_ticket_number
    from kiosk.errors import InputError
    number = normalise_ticket_number(typed)
    if number is None:
        raise InputError(f"{typed!r} is not a ticket number such as C-017")
    return number


def _all_groups(kiosk: Any) -> list[str]:
    return sorted(kiosk.catalog.groups)


def _list(args: argparse.Namespace) -> int:
    try:
        day = date.fromisoformat(args.date) if args.date else datetime.now().astimezone().date()
    except ValueError:
        print(f"kiosk: --date wants YYYY-MM-DD, got {args.date!r}", file=sys.stderr)
        return EXIT_INPUT
    data = paths.data_dir(args.data_dir)
    from kiosk.config import load_config
    config = load_config(paths.explicit_config(args.config) or paths.config_path(data))
    if config.queue.source == "hall":  # a counter's PC: the queue is the hall server's
        from kiosk.sync.hall_queue import HallQueue
        rows = [_hall_row(t) for t in HallQueue(data, config.sync).snapshot(day).tickets]
    else:
        from kiosk.store import open_store  # the day's rows need only the database
        with open_store(paths.private_dir(data)) as store:
            rows = store.day_tickets(day)
    if args.json:
        for row in rows:
            print(json.dumps(row, ensure_ascii=False, default=str))
    else:
        print(f"{day}: {len(rows)} tickets")
        ahead_now = _ahead_now(rows)
        for row in rows:
            prio = " priority" if row.get("priority") else ""
            where = f" counter {row['counter']}" if row.get("counter") else ""
            number = row["number"]
            ahead = f" ahead {ahead_now[number]}" if number in ahead_now else ""
            print(f"{number:7} {row['state']:9} {row['service_id']:28} group "
                  f"{row.get('group') or '-':3}{ahead}{prio}{where}")
    return 0


def _ahead_now(rows: list[dict[str, Any]]) -> dict[str, int]:
    """For each waiting ticket, how many of its group are called before it now
    (priority first, then the oldest: the rule of kiosk.domain.queue)."""
    def key(row: dict[str, Any]) -> tuple[int, datetime, str]:
        return serving_order(row.get("priority"),
                             datetime.fromisoformat(str(row["issued_at"])), str(row["number"]))
    waiting = sorted((r for r in rows if r.get("state") == "waiting"), key=key)
    seen: dict[str, int] = {}
    ahead: dict[str, int] = {}
    for row in waiting:
        group = str(row.get("group"))
        ahead[str(row["number"])] = seen.get(group, 0)
        seen[group] = seen.get(group, 0) + 1
    return ahead


def _hall_row(ticket: QueueTicket) -> dict[str, object]:
    """A hall queue ticket as ``kiosk queue`` prints it (the hall knows no print status)."""
    return {"number": ticket.number, "service_id": ticket.service_id, "group": ticket.group,
            "state": ticket.state, "issued_at": ticket.issued_at.isoformat(),
            "counter": ticket.counter, "recalls": ticket.recalls, "outcome": ticket.outcome,
            "priority": ticket.priority}
