#!/usr/bin/env python3
"""A user's journey through `anarchy serve`, driven in a real browser by clicks and keystrokes.

    python3 scripts/webapp_journey.py --browser chromium|firefox --url http://127.0.0.1:PORT/ --out DIR

Chromium is driven over the DevTools protocol on a pipe (--remote-debugging-pipe), Firefox over
Marionette (its own remote protocol, on loopback): the Python standard library only, no driver
binaries. The journey: load the page; break the scenario in the editor and see the validator's
message; choose a built-in scenario; type β and the number of ticks into the parameters form;
click Run and watch the charts grow tick by tick to the end; type another β and click Run again
to compare it with the first; start a long run, pause it, step it once, click an event and read
why it happened, stop it; type an experiment file and sweep it into the store. Prints one JSON object of what it saw (the test checks it) and
writes a screenshot of the page (and of a blank page, to compare sizes) into DIR. Exits 1 with
a message naming the step when the page does not do what the journey waits for.
"""

import argparse
import base64
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time


class JourneyError(Exception):
    pass


class Chromium:
    """Chromium over the DevTools protocol on a pipe: JSON messages ended by NUL on fds 3 and 4."""

    def __init__(self, binary, width, height):
        self.profile = tempfile.mkdtemp(prefix="journey-chromium-")
        to_browser_r, to_browser_w = os.pipe()
        from_browser_r, from_browser_w = os.pipe()

        def child_fds():  # the browser reads fd 3 and writes fd 4 (via high numbers: the pipes may sit on 3 or 4)
            os.dup2(to_browser_r, 100)
            os.dup2(from_browser_w, 101)
            os.dup2(100, 3)
            os.dup2(101, 4)

        self.process = subprocess.Popen(
            [binary, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--remote-debugging-pipe",
             "--no-first-run", "--user-data-dir=" + self.profile, "about:blank"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            pass_fds=(3, 4), preexec_fn=child_fds)
        os.close(to_browser_r)
        os.close(from_browser_w)
        self.writer = os.fdopen(to_browser_w, "wb", buffering=0)
        self.reader = os.fdopen(from_browser_r, "rb", buffering=0)
        self.buffer = b""
        self.next_id = 0
        self.errors = []
        target = self.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        self.session = self.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        for method in ["Page.enable", "Runtime.enable"]:
            self.call(method, session=True)
        self.call("Emulation.setDeviceMetricsOverride", {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False}, session=True)

    def call(self, method, params=None, session=False):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = self.session
        self.writer.write(json.dumps(message).encode() + b"\0")
        while True:
            reply = self.receive()
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise JourneyError(f"{method}: {reply['error'].get('message')}")
                return reply.get("result", {})
            self.note(reply)

    def receive(self):
        while b"\0" not in self.buffer:
            chunk = self.reader.read(65536)
            if not chunk:
                raise JourneyError("Chromium closed its pipe")
            self.buffer += chunk
        message, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(message)

    def note(self, event):
        method, params = event.get("method"), event.get("params", {})
        if method == "Runtime.exceptionThrown":
            details = params.get("exceptionDetails", {})
            self.errors.append(details.get("exception", {}).get("description") or details.get("text", "exception"))
        elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "warning", "assert"):
            self.errors.append(" ".join(str(a.get("value", a.get("description", ""))) for a in params.get("args", [])))

    def navigate(self, url):
        self.call("Page.navigate", {"url": url}, session=True)
        while True:  # until the page has loaded
            event = self.receive()
            if event.get("method") == "Page.loadEventFired":
                return
            self.note(event)

    def js(self, expression):
        result = self.call("Runtime.evaluate", {"expression": "(() => {" + expression + "})()", "returnByValue": True, "awaitPromise": True}, session=True)
        if "exceptionDetails" in result:
            raise JourneyError("script failed: " + json.dumps(result["exceptionDetails"])[:500])
        return result.get("result", {}).get("value")

    def click(self, selector):
        box = self.js(f"const e = document.querySelector({json.dumps(selector)}); if (!e) return null; e.scrollIntoView({{block: 'center'}});"
                      " const r = e.getBoundingClientRect(); return [r.left + r.width / 2, r.top + r.height / 2];")
        if box is None:
            raise JourneyError(f"no element {selector} to click")
        for kind in ["mouseMoved", "mousePressed", "mouseReleased"]:
            self.call("Input.dispatchMouseEvent", {"type": kind, "x": box[0], "y": box[1], "button": "left", "clickCount": 1}, session=True)

    def type(self, selector, text):
        """Clicks the field, selects what it holds and types `text` over it."""
        self.click(selector)
        self.js(f"document.querySelector({json.dumps(selector)}).select();")
        self.call("Input.insertText", {"text": text}, session=True)

    def screenshot(self, path):
        data = self.call("Page.captureScreenshot", {"format": "png"}, session=True)["data"]
        with open(path, "wb") as f:
            f.write(base64.b64decode(data))

    def console_errors(self):
        self.js("return 0;")  # collects the events that arrived meanwhile
        return self.errors

    def close(self):
        self.process.kill()
        self.process.wait()
        shutil.rmtree(self.profile, ignore_errors=True)


class Firefox:
    """Firefox over Marionette: `length:json` messages on a loopback port Firefox chooses."""

    ELEMENT = "element-6066-11e4-a52e-4f735466cecf"

    def __init__(self, binary, width, height):
        self.profile = tempfile.mkdtemp(prefix="journey-firefox-")
        with open(os.path.join(self.profile, "user.js"), "w") as f:
            f.write('user_pref("marionette.port", 0);\nuser_pref("browser.shell.checkDefaultBrowser", false);\n'
                    'user_pref("datareporting.policy.dataSubmissionEnabled", false);\n')
        env = dict(os.environ, MOZ_HEADLESS="1", MOZ_HEADLESS_WIDTH=str(width), MOZ_HEADLESS_HEIGHT=str(height))
        self.process = subprocess.Popen([binary, "--headless", "--marionette", "--no-remote", "--profile", self.profile],
                                        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        port_file = os.path.join(self.profile, "MarionetteActivePort")
        deadline = time.time() + 60
        while not (os.path.exists(port_file) and open(port_file).read().strip()):
            if time.time() > deadline or self.process.poll() is not None:
                raise JourneyError("Firefox did not open its Marionette port")
            time.sleep(0.1)
        self.socket = socket.create_connection(("127.0.0.1", int(open(port_file).read().strip())), timeout=120)
        self.buffer = b""
        self.next_id = 0
        self.receive()  # the greeting
        self.call("WebDriver:NewSession", {"capabilities": {"alwaysMatch": {"acceptInsecureCerts": True}}})
        self.call("WebDriver:SetWindowRect", {"width": width, "height": height})

    def receive(self):
        while b":" not in self.buffer:
            self.buffer += self.read()
        length, rest = self.buffer.split(b":", 1)
        while len(rest) < int(length):
            rest += self.read()
        message, self.buffer = rest[:int(length)], rest[int(length):]
        return json.loads(message)

    def read(self):
        chunk = self.socket.recv(65536)
        if not chunk:
            raise JourneyError("Firefox closed its Marionette connection")
        return chunk

    def call(self, command, params=None):
        self.next_id += 1
        body = json.dumps([0, self.next_id, command, params or {}]).encode()
        self.socket.sendall(str(len(body)).encode() + b":" + body)
        while True:
            reply = self.receive()
            if reply[0] == 1 and reply[1] == self.next_id:
                if reply[2]:
                    raise JourneyError(f"{command}: {reply[2].get('error')}: {reply[2].get('message')}")
                return reply[3]

    def navigate(self, url):
        self.call("WebDriver:Navigate", {"url": url})
        # Marionette has no console log: gather the page's errors and console.error calls from here on.
        self.js("window.__journeyErrors = []; addEventListener('error', (e) => __journeyErrors.push(String(e.message)));"
                " addEventListener('unhandledrejection', (e) => __journeyErrors.push(String(e.reason)));"
                " const original = console.error; console.error = (...a) => { __journeyErrors.push(a.join(' ')); original(...a); }; return 0;")

    def js(self, expression):
        return self.call("WebDriver:ExecuteScript", {"script": expression, "args": []}).get("value")

    def element(self, selector):
        return self.call("WebDriver:FindElement", {"using": "css selector", "value": selector})["value"][self.ELEMENT]

    def click(self, selector):
        self.call("WebDriver:ElementClick", {"id": self.element(selector)})

    def type(self, selector, text):
        """Clicks the field, selects what it holds and types `text` over it."""
        element = self.element(selector)
        self.call("WebDriver:ElementClick", {"id": element})
        self.js(f"document.querySelector({json.dumps(selector)}).select(); return 0;")
        self.call("WebDriver:ElementSendKeys", {"id": element, "text": text})

    def screenshot(self, path):
        data = self.call("WebDriver:TakeScreenshot", {"full": False})["value"]
        with open(path, "wb") as f:
            f.write(base64.b64decode(data))

    def console_errors(self):
        return self.js("return window.__journeyErrors || [];")

    def close(self):
        try:
            self.call("WebDriver:DeleteSession")
        except (JourneyError, OSError):
            pass
        self.process.kill()
        self.process.wait()
        shutil.rmtree(self.profile, ignore_errors=True)


def wait(browser, what, expression, seconds=60):
    """Waits until the page's `expression` (a function body) returns something true; returns it."""
    print(f"waiting for {what}", file=sys.stderr, flush=True)
    deadline = time.time() + seconds
    last = None
    while True:
        try:
            value = browser.js(expression)
        except JourneyError as error:  # a page still loading has not got the elements yet
            value, last = None, error
        else:
            last = None
        if value:
            return value
        if time.time() > deadline:
            status = browser.js("return document.getElementById('status')?.textContent || document.readyState;")
            raise JourneyError(f"waited {seconds} s for {what}; the page says: {status}" + (f" ({last})" if last else ""))
        time.sleep(0.1)


def choose_scenario(browser, name):
    """Chooses a built-in in the editor's list (setting it and firing the change a user's choice fires)."""
    browser.js(f"const s = document.getElementById('builtin'); s.value = {json.dumps(name)}; s.dispatchEvent(new Event('change')); return 0;")


def tick_of(browser):
    return browser.js("const m = /tick (\\d+) of/.exec(document.getElementById('status').textContent); return m ? Number(m[1]) : -1;")


def journey(browser, url, out, name):
    seen = {}
    browser.navigate(url)
    wait(browser, "the spiral scenario in the editor", "return document.getElementById('yaml').value.includes('name: spiral') && !document.getElementById('run').disabled;")

    # A broken scenario: the validator's message, and Run refused.
    browser.type("#yaml", "name: broken\nsystem: {beta: 0}\n")
    seen["problems"] = wait(browser, "the validator's message", "const p = document.getElementById('problems').textContent; return p.includes('beta') && document.getElementById('run').disabled ? p : '';")

    # A built-in scenario again, chosen in the list (the change a user's choice fires).
    choose_scenario(browser, "spiral")
    wait(browser, "the scenario to validate", "return document.getElementById('problems').children.length === 0 && !document.getElementById('run').disabled;")

    # Parameters typed into the form, then Run: the charts grow tick by tick.
    browser.type("#p-beta", "2.5")
    browser.type("#ticks", "60")
    browser.click("#run")
    seen["first"] = wait(browser, "the first run to end", "const s = document.getElementById('status'); return s.dataset.status ? s.textContent : '';")
    seen["chartTicks"] = browser.js("return ['spiral', 'burden', 'wars', 'ties', 'seekerWars'].map((id) => document.getElementById(id).dataset.ticks);")
    seen["mapStates"] = browser.js("return document.querySelectorAll('#map circle.state').length;")

    # Another β typed and Run again: the first run drawn beside the second.
    browser.type("#p-beta", "0.5")
    browser.click("#run")
    seen["second"] = wait(browser, "the second run to end",
                          f"const s = document.getElementById('status'); return s.dataset.status && s.textContent !== {json.dumps(seen['first'])} ? s.textContent : '';")
    seen["previousLines"] = browser.js("return document.querySelectorAll('polyline.previous').length;")
    seen["legend"] = browser.js("return document.getElementById('spiral').textContent;")

    browser.screenshot(os.path.join(out, f"app-{name}.png"))

    # A long run of Europe in 1914, drawn as it goes: pause it, step it once, click an event
    # to read why it happened, stop it.
    choose_scenario(browser, "europe-1914")
    wait(browser, "the europe-1914 scenario", "return document.getElementById('yaml').value.includes('europe-1914') && !document.getElementById('run').disabled;")
    browser.type("#ticks", "20000")
    browser.js("window.__ticksSeen = []; new MutationObserver(() => __ticksSeen.push(Number(document.getElementById('spiral').dataset.ticks)))"
               ".observe(document.getElementById('spiral'), {attributes: true, attributeFilter: ['data-ticks']}); return 0;")
    browser.click("#run")
    wait(browser, "the long run to start", "const s = document.getElementById('status'); return !s.dataset.status && / tick \\d+ of 20000/.test(s.textContent);")
    wait(browser, "the charts to grow", "return new Set(__ticksSeen).size >= 3 && document.querySelectorAll('#events li').length > 0;")
    browser.click("#pause")
    wait(browser, "the run to pause", "return document.getElementById('pause').textContent === 'Resume';")
    paused = tick_of(browser)
    while True:  # ticks already on their way still arrive; wait until none do
        time.sleep(0.5)
        now = tick_of(browser)
        if now == paused:
            break
        paused = now
    seen["ticksSeen"] = browser.js("return __ticksSeen;")
    browser.click("#step")
    seen["pausedAt"] = paused
    seen["afterStep"] = wait(browser, "one step", f"const m = /tick (\\d+) of/.exec(document.getElementById('status').textContent); return m && Number(m[1]) > {paused} ? Number(m[1]) : 0;")
    time.sleep(0.5)
    seen["afterStepSettled"] = tick_of(browser)
    seen["events"] = browser.js("return document.querySelectorAll('#events li').length;")
    browser.click("#events li:first-child")
    seen["eventChosen"] = browser.js("return document.querySelector('#events li.chosen')?.textContent || '';")
    seen["why"] = browser.js("return [...document.querySelectorAll('#why li')].map((li) => li.textContent);")
    browser.screenshot(os.path.join(out, f"paused-{name}.png"))
    browser.click("#stop")
    seen["stopped"] = wait(browser, "the run to stop", "const s = document.getElementById('status'); return s.dataset.status ? s.dataset.status : '';")

    # The user's own experiment file typed in, swept into the store, listed with its report link.
    browser.click("#own summary")
    browser.type("#experiment-yaml", "name: mine\nbase: spiral\nfactors:\n  - {path: system.beta, values: [0.5, 2]}\nmetrics: [wars, spiral]\n")
    browser.type("#replications", "2")
    browser.click("#sweep")
    seen["sweep"] = wait(browser, "the sweep to end", "const s = document.getElementById('sweep-status'); return s.dataset.status ? s.textContent : '';")
    seen["stored"] = browser.js("return [...document.querySelectorAll('#stored a')].map((a) => a.textContent);")
    seen["consoleErrors"] = browser.console_errors()

    browser.navigate("about:blank")
    browser.screenshot(os.path.join(out, f"blank-{name}.png"))
    return seen


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--browser", choices=["chromium", "firefox"], required=True)
    parser.add_argument("--binary", help="the browser's executable (default: found on PATH)")
    parser.add_argument("--url", required=True, help="the app's address, e.g. http://127.0.0.1:8080/")
    parser.add_argument("--out", required=True, help="directory for the screenshots")
    args = parser.parse_args()
    names = {"chromium": ["chromium", "chromium-browser", "google-chrome"], "firefox": ["firefox-esr", "firefox"]}[args.browser]
    binary = args.binary or next((shutil.which(n) for n in names if shutil.which(n)), None)
    if binary is None:
        print(f"no {args.browser} on PATH (looked for {', '.join(names)})", file=sys.stderr)
        return 2
    browser = None
    try:
        browser = (Chromium if args.browser == "chromium" else Firefox)(binary, 1280, 1400)
        seen = journey(browser, args.url, args.out, args.browser)
    except (JourneyError, OSError) as error:
        print(f"{args.browser}: {error}", file=sys.stderr)
        return 1
    finally:
        if browser is not None:
            browser.close()
    print(json.dumps(seen))
    return 0


if __name__ == "__main__":
    sys.exit(main())
