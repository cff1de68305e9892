#!/usr/bin/env python3
# test-atspi.py: drives the running app only through the accessibility tree
#
# Copyright 2026 The Aleppo Atlas authors
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: test-atspi.py APP KB
#
# What a screen reader, or a switch user's assistive technology, does (issue 8): the app runs
# on its embedded KB under its own D-Bus session with the AT-SPI bus, and this script reaches
# it only through AT-SPI: accessibles found by role and name, their actions, their text,
# selection and states. No key or pointer events, no coordinates, no app internals. It finds
# the neighbourhood Bustan al-Basha through the Places page and activates it, checks that the
# overnight raids of 1–2 October 2016 are listed for it, then steps onto that event with the
# timeline's "Next event" from the event before it (in date order, chosen in the Events page's
# list), and reads the event's excerpt from the reader's text at its caret. What it expects
# comes from the KB file, not from the app. Every step waits by polling, up to a generous
# timeout, and prints a TAP line; a failure says what the tree had instead.
#
# tests/meson.build sets GTK_A11Y=test and points the session bus nowhere, for the other
# tests; this one undoes both and starts its own bus with dbus-run-session.

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

INNER = 'ATLAS_ATSPI_INNER'
STEP_TIMEOUT = float(os.environ.get('ATLAS_ATSPI_TIMEOUT', '60'))
PLACE_ID = 'p-bustan-al-basha'
EVENT_ID = 'e-2016-10-01-overnight-raids-aleppo'

# Roles a user operates: each must have a name, or a screen reader says only "button"
INTERACTIVE_ROLES = {'push button', 'toggle button', 'check box', 'radio button', 'page tab',
                     'entry', 'combo box', 'spin button', 'slider', 'menu item', 'link'}


# The launcher: a bus of our own, with the Python that has pyatspi

def python_with_pyatspi():
    candidates = [sys.executable, '/usr/bin/python3']
    for python in dict.fromkeys(c for c in candidates if c and os.path.exists(c)):
        if subprocess.run([python, '-c', 'import pyatspi'], capture_output=True).returncode == 0:
            return python
    return None


def launch(argv):
    if not os.environ.get('DISPLAY'):
        print('1..0 # SKIP no X display (run under xvfb-run, as build-aux/test does)')
        return 77

    python = python_with_pyatspi()
    missing = [tool for tool in ('dbus-run-session', 'dbus-daemon') if shutil.which(tool) is None]
    if python is None:
        missing.append('python3-pyatspi')
    if not os.path.exists('/usr/libexec/at-spi-bus-launcher'):
        missing.append('at-spi2-core')
    if missing:
        print('Bail out! missing: {} (build-aux/setup.sh installs them)'.format(', '.join(missing)))
        return 1

    env = dict(os.environ)
    for name in ('GTK_A11Y', 'NO_AT_BRIDGE', 'DBUS_SESSION_BUS_ADDRESS', 'AT_SPI_BUS_ADDRESS'):
        env.pop(name, None)
    # The app keeps G_DEBUG=fatal-criticals, but libatspi's warnings here are not its criticals:
    # a call to a busy bus that times out is retried, not fatal
    env['ATLAS_APP_G_DEBUG'] = env.pop('G_DEBUG', '')
    env[INNER] = '1'
    # The AT-SPI bus launcher puts its socket in the runtime directory, named after the display
    # alone: two runs on one display (meson test --repeat) took each other's. A directory of
    # our own keeps it apart, from a desktop's too.
    runtime_dir = tempfile.mkdtemp(prefix='atlas-atspi-runtime-')
    env['XDG_RUNTIME_DIR'] = runtime_dir
    # The buses' daemons write to the standard output they inherit ("SpiRegistry daemon is
    # running"), which meson reads as TAP: they get the standard error, the test its own copy
    # of the standard output
    sys.stdout.flush()
    tap_fd = os.dup(1)
    env['ATLAS_ATSPI_TAP_FD'] = str(tap_fd)
    try:
        # dbus-run-session ends the bus, and with it the AT-SPI bus it started, when we exit
        return subprocess.run(['dbus-run-session', '--', python, os.path.abspath(__file__)] + argv[1:],
                              env=env, stdout=sys.stderr, pass_fds=(tap_fd,)).returncode
    finally:
        # Should this process's child have died before it could stop the app (libatspi aborts
        # on some bus errors), the app goes here
        try:
            with open(os.path.join(runtime_dir, 'app.pid')) as f:
                os.killpg(int(f.read()), signal.SIGKILL)
        except (OSError, ValueError):
            pass
        shutil.rmtree(runtime_dir, ignore_errors=True)


# The test proper, on that bus

class StepFailed(Exception):
    pass


class Tap:
    def __init__(self):
        self.n = 0

    def ok(self, description):
        self.n += 1
        print('ok {} - {}'.format(self.n, description), flush=True)

    def not_ok(self, description, why):
        self.n += 1
        print('not ok {} - {}'.format(self.n, description), flush=True)
        for line in str(why).splitlines():
            print('# ' + line, flush=True)


class Kb:
    """What the test expects, read from the KB file with the app's own rules"""

    def __init__(self, path):
        with open(path, encoding='utf-8') as f:
            data = json.load(f)
        self.articles = {a['id']: a for a in data['articles']}
        self.places = {p['id']: p for p in data['places']}
        # Date order, ties in the file's order (atlas-kb.c, compare_events)
        self.events = sorted(data['events'], key=lambda e: e['date'])
        self.casualties = data.get('casualties', [])

    def event(self, event_id):
        return next(e for e in self.events if e['id'] == event_id)

    def places_of(self, event):
        """The places an event happened at: those it names, and those of its casualty figures"""
        ids = list(event['places'])
        for c in self.casualties:
            if c.get('event') == event['id']:
                ids += c.get('places', [])
        return set(ids)

    def events_at(self, place_id):
        return [e for e in self.events if place_id in self.places_of(e)]

    def previous(self, event):
        return self.events[self.events.index(event) - 1]

    def excerpt(self, event):
        """The event's first source, as the reader shows it: code-point offsets in the article"""
        source = event['sources'][0]
        text = self.articles[source['article']]['text']
        return source['start'], text[source['start']:source['end']]


def describe(acc):
    try:
        return '[{}] {!r}'.format(acc.getRoleName(), acc.name)
    except Exception as e:  # the object went away
        return '[gone: {}]'.format(e)


def children(acc):
    try:
        return [c for c in acc if c is not None]
    except Exception:
        return []


def walk(root, limit=20000):
    """Depth first, in the tree's order"""
    stack = [root]
    seen = 0
    while stack and seen < limit:
        acc = stack.pop()
        seen += 1
        yield acc
        stack.extend(reversed(children(acc)))


def find_all(root, role=None, name=None, pred=None):
    found = []
    for acc in walk(root):
        try:
            if role is not None and acc.getRoleName() != role:
                continue
            if name is not None and acc.name != name:
                continue
            if pred is not None and not pred(acc):
                continue
        except Exception:
            continue
        found.append(acc)
    return found


def find(root, role=None, name=None, pred=None):
    found = find_all(root, role, name, pred)
    return found[0] if found else None


def action_names(acc):
    try:
        action = acc.queryAction()
    except NotImplementedError:
        return []
    return [action.getName(i) for i in range(action.nActions)]


def do_action(acc, name):
    names = action_names(acc)
    if name not in names:
        raise StepFailed('{} has no action {!r}; it has {}'.format(describe(acc), name, names))
    if not acc.queryAction().doAction(names.index(name)):
        raise StepFailed('{} refused its action {!r}'.format(describe(acc), name))


def texts_under(root):
    """The names of the labels under @root: what a screen reader reads there"""
    return [a.name for a in find_all(root, role='label')]


def poll(what, check, timeout=STEP_TIMEOUT):
    """Calls @check until it returns something true, and returns that. @check may return
    (None, why) to say what it saw; a timeout fails with the last why."""
    deadline = time.monotonic() + timeout
    why = 'nothing checked'
    while True:
        if poll.session is not None:
            poll.session.check_alive()
        try:
            result = check()
        except StepFailed:
            raise
        except Exception as e:  # an object went away under us: look again
            result = (None, 'error: {}'.format(e))
        if isinstance(result, tuple):
            result, why = result
        if result:
            return result
        if time.monotonic() > deadline:
            raise StepFailed('after {:.0f} s, {}: {}'.format(timeout, what, why))
        time.sleep(0.1)


poll.session = None  # the app whose exit ends any wait at once


def use_session_a11y_bus():
    """Points this process and the app at the accessibility bus of our own session bus. Left to
    itself, libatspi takes the address an AT-SPI bus launcher left on the X display, which is
    another session's when two sessions share the display (meson test --repeat, a desktop)."""
    from gi.repository import Gio, GLib
    bus = Gio.bus_get_sync(Gio.BusType.SESSION, None)
    reply = bus.call_sync('org.a11y.Bus', '/org/a11y/bus', 'org.a11y.Bus', 'GetAddress', None,
                          GLib.VariantType.new('(s)'), Gio.DBusCallFlags.NONE, int(STEP_TIMEOUT * 1000), None)
    os.environ['AT_SPI_BUS_ADDRESS'] = reply.unpack()[0]


class Session:
    def __init__(self, app_path, tmp):
        use_session_a11y_bus()
        import pyatspi
        from gi.repository import Atspi
        self.pyatspi = pyatspi
        # AT-SPI gives up on a call after 0.8 s by default (15 s while the app starts): a loaded
        # machine answers slower than that. A call waits up to a third of a step, so that a
        # lost one can be tried again within the step.
        Atspi.set_timeout(int(STEP_TIMEOUT * 1000 / 3), int(STEP_TIMEOUT * 1000 / 3))
        env = dict(os.environ)
        for name in ('GTK_A11Y', 'NO_AT_BRIDGE', 'LANGUAGE', 'LC_MESSAGES', 'LANG'):
            env.pop(name, None)
        # The English interface whatever the machine's locale; the app's own settings and data
        # in a directory of its own
        env.update({'LC_ALL': 'C.UTF-8', 'GSETTINGS_BACKEND': 'memory', 'GSK_RENDERER': 'cairo',
                    'XDG_CONFIG_HOME': os.path.join(tmp, 'config'), 'XDG_DATA_HOME': os.path.join(tmp, 'data'),
                    'XDG_CACHE_HOME': os.path.join(tmp, 'cache'), 'XDG_STATE_HOME': os.path.join(tmp, 'state')})
        if 'WAYLAND_DISPLAY' not in env:
            env['GDK_BACKEND'] = 'x11'
        if env.pop('ATLAS_APP_G_DEBUG', ''):
            env['G_DEBUG'] = os.environ['ATLAS_APP_G_DEBUG']
        self.log = open(os.path.join(tmp, 'app.log'), 'w+')
        self.process = subprocess.Popen([app_path], env=env, stdout=self.log, stderr=subprocess.STDOUT,
                                        start_new_session=True)
        with open(os.path.join(os.environ['XDG_RUNTIME_DIR'], 'app.pid'), 'w') as f:
            f.write(str(self.process.pid))
        self.app = None

    def close(self):
        os.unlink(os.path.join(os.environ['XDG_RUNTIME_DIR'], 'app.pid'))
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
        self.log.seek(0)
        output = self.log.read()
        self.log.close()
        return output

    def check_alive(self):
        if self.process.poll() is not None:
            raise StepFailed('the app exited with status {}'.format(self.process.returncode))

    def find_app(self):
        self.check_alive()
        desktop = self.pyatspi.Registry.getDesktop(0)
        for acc in children(desktop):
            try:
                if acc.get_process_id() == self.process.pid:
                    frame = find(acc, role='frame')
                    if frame is not None:
                        self.app = acc
                        return frame
                    return None, 'the app is on the bus, without a window yet'
            except Exception:
                continue
        return None, 'the app is not on the bus; it has {}'.format([describe(a) for a in children(desktop)])


def check_names(root):
    """Every control a user can operate has a name: not empty, and not GTK's fallback of a
    class name (GtkExpander), which a screen reader would read out as it is"""
    import pyatspi
    unnamed = []
    for acc in walk(root):
        try:
            role = acc.getRoleName()
            editable = role == 'text' and acc.getState().contains(pyatspi.STATE_EDITABLE)
            if role not in INTERACTIVE_ROLES and not editable:
                continue
            name = (acc.name or '').strip()
            if not name or (name.startswith(('Gtk', 'Atlas', 'Shumate')) and ' ' not in name):
                parents = []
                parent = acc.parent
                while parent is not None and len(parents) < 4:
                    parents.append(describe(parent))
                    parent = parent.parent
                unnamed.append('{} in {}'.format(describe(acc), ' < '.join(parents)))
        except Exception:
            continue
    return unnamed


def run(app_path, kb_path):
    kb = Kb(kb_path)
    place = kb.places[PLACE_ID]
    event = kb.event(EVENT_ID)
    before = kb.previous(event)
    start, excerpt = kb.excerpt(event)
    at_place = kb.events_at(PLACE_ID)

    # What the KB must hold for the steps to mean something
    assert event in at_place, 'the KB no longer puts {} at {}'.format(EVENT_ID, PLACE_ID)
    assert PLACE_ID not in kb.places_of(before), 'the event before {} is at {} too'.format(EVENT_ID, PLACE_ID)

    tap = Tap()
    tmp = tempfile.mkdtemp(prefix='atlas-atspi-', dir=os.environ['XDG_RUNTIME_DIR'])
    session = poll.session = Session(app_path, tmp)
    steps = []

    def step(description):
        def wrap(fn):
            steps.append((description, fn))
            return fn
        return wrap

    state = {}

    @step('the app shows its window on the AT-SPI bus')
    def _():
        # Twice as long: the buses and the registry start with the app
        state['frame'] = poll('waiting for the app on the AT-SPI bus', session.find_app, 2 * STEP_TIMEOUT)
        poll('waiting for the embedded KB to load',
             lambda: find(state['frame'], role='list', name='Events by date',
                          pred=lambda a: a.childCount > 0) or (None, 'no event listed yet'))

    @step('the Places page opens from its tab')
    def _():
        frame = state['frame']
        tab = poll('looking for the Places page tab',
                   lambda: find(frame, role='page tab', name='Places')
                   or (None, 'page tabs: {}'.format([a.name for a in find_all(frame, role='page tab')])))
        do_action(tab, 'click')
        poll('waiting for the Places tab to be selected',
             lambda: tab.getState().contains(session.pyatspi.STATE_SELECTED) or (None, 'not selected'))

    @step('typing the name in the filter lists {} as a row that can be activated'.format(place['name']))
    def _():
        frame = state['frame']
        entry = poll('looking for the places filter',
                     lambda: find(frame, role='entry', name='Filter places')
                     or (None, 'entries: {}'.format([a.name for a in find_all(frame, role='entry')])))
        entry.queryEditableText().setTextContents(place['name'])
        places = find(frame, role='list', name='Places by name')
        if places is None:
            raise StepFailed('no list named "Places by name"')

        def row():
            found = find(places, name=place['name'], pred=lambda a: 'row.activate' in action_names(a))
            return found or (None, 'the list has {}'.format([describe(c) for r in children(places)
                                                             for c in children(r)]))
        state['row'] = poll('looking for the row of {}'.format(place['name']), row)

    @step('activating the row selects {} and lists the event of {} there'.format(place['name'], event['date']))
    def _():
        frame = state['frame']
        do_action(state['row'], 'row.activate')

        def card():
            found = find(frame, role='panel', name='Selected place',
                         pred=lambda a: place['name'] in texts_under(a))
            return found or (None, 'cards: {}'.format([(c.name, texts_under(c)[:3]) for c in
                                                      find_all(frame, role='panel',
                                                               pred=lambda a: a.name.startswith('Selected'))]))
        card = poll('waiting for the card of {}'.format(place['name']), card)

        # Under a selected event, the place's events wait behind an expander: open it
        expander = find(card, pred=lambda a: 'activate' in action_names(a) and
                        a.name.startswith('{} event'.format(len(at_place))))
        if expander is not None and not expander.getState().contains(session.pyatspi.STATE_EXPANDED):
            do_action(expander, 'activate')

        # Listed as a row that names it and that an assistive technology can choose
        def listed():
            events = find(card, role='list', name='Events at this place')
            if events is None:
                return None, 'no list "Events at this place" in the card; it reads {}'.format(texts_under(card))
            return find(events, pred=lambda a: event['title'] in (a.name or '') and
                        'row.activate' in action_names(a)) \
                or (None, 'the list has {}'.format([(describe(r), action_names(r)) for r in children(events)]))
        poll('waiting for “{}” in the place’s events'.format(event['title']), listed)

    @step('selecting “{}” in the Events page lets the place go'.format(before['title']))
    def _():
        frame = state['frame']
        tab = find(frame, role='page tab', name='Events')
        do_action(tab, 'click')
        events = find(frame, role='list', name='Events by date')

        def index():
            for i, item in enumerate(children(events)):
                if any(before['title'] in (c.name or '') for c in children(item)):
                    return i + 1
            return None, 'the list has {}'.format([c.name for r in children(events) for c in children(r)][:40])
        i = poll('looking for the row of “{}”'.format(before['title']), index) - 1
        if not events.querySelection().selectChild(i):
            raise StepFailed('the list refused to select its row {}'.format(i))

        def selected():
            card = find(frame, role='panel', name='Selected event')
            if card is None:
                return None, 'no selected event'
            texts = texts_under(card)
            return (before['title'] in texts and find(frame, role='panel', name='Selected place') is None) \
                or (None, 'the selected event’s card reads {}'.format(texts[:4]))
        poll('waiting for “{}” alone to be selected'.format(before['title']), selected)

    @step('the timeline’s “Next event” steps to “{}”'.format(event['title']))
    def _():
        frame = state['frame']
        button = find(frame, role='push button', name='Next event')
        if button is None:
            raise StepFailed('no button "Next event"')
        do_action(button, 'click')

        def selected():
            card = find(frame, role='panel', name='Selected event')
            texts = texts_under(card) if card is not None else []
            return event['title'] in texts or (None, 'the selected event’s card reads {}'.format(texts[:4]))
        poll('waiting for the next event', selected)

    @step('the Report page opens from its tab')
    def _():
        frame = state['frame']
        tab = find(frame, role='page tab', name='Report')
        do_action(tab, 'click')
        poll('waiting for the Report tab to be selected',
             lambda: tab.getState().contains(session.pyatspi.STATE_SELECTED) or (None, 'not selected'))

    @step('the reader’s text has its caret at the event’s excerpt, which reads as the KB quotes it')
    def _():
        frame = state['frame']
        view = find(frame, name='Article text', pred=lambda a: 'Text' in a.get_interfaces())
        if view is None:
            raise StepFailed('no text named "Article text"')

        def at_excerpt():
            text = view.queryText()
            caret = text.caretOffset
            read = text.getText(caret, caret + len(excerpt))
            if caret == start and read == excerpt:
                return True
            return None, 'the caret is at {} (expected {}), where the text reads {!r}'.format(caret, start, read)
        poll('reading the excerpt', at_excerpt)

    # After each step, as a screen reader user would meet them on the way
    unnamed = {}

    @step('every control met on the way has a name')
    def _():
        if unnamed:
            raise StepFailed('unnamed controls:\n' + '\n'.join(sorted(unnamed)))

    print('1..{}'.format(len(steps)), flush=True)
    failed = False
    try:
        for description, fn in steps:
            if failed:
                tap.not_ok(description, 'skipped: an earlier step failed')
                continue
            try:
                fn()
                tap.ok(description)
                if 'frame' in state:
                    unnamed.update(dict.fromkeys(check_names(state['frame'])))
            except Exception as e:  # StepFailed, or AT-SPI's own errors
                failed = True
                tap.not_ok(description, '{}: {}'.format(type(e).__name__, e))
    finally:
        output = session.close()
        if failed and output:
            print('# the app said:')
            for line in output.splitlines()[-40:]:
                print('#   ' + line)
        shutil.rmtree(tmp, ignore_errors=True)
    return 1 if failed else 0


def main(argv):
    if len(argv) != 3:
        print('usage: {} APP KB'.format(argv[0]), file=sys.stderr)
        return 2
    if not os.environ.get(INNER):
        return launch(argv)
    sys.stdout = os.fdopen(int(os.environ['ATLAS_ATSPI_TAP_FD']), 'w', buffering=1)
    return run(argv[1], argv[2])


if __name__ == '__main__':
    sys.exit(main(sys.argv))
