#!/usr/bin/env python3
"""The page in a real browser (Debian's chromium and chromium-driver through python3-selenium), against the real
server on 127.0.0.1: search, tick a facet and untick it, switch the labels, pick an actor as one types, follow a
link, and the address reproduces the state. Saves screenshots (laptop and phone) to OUT_DIR.
Usage: page_test.py BIN_DIR SOURCE_DIR OUT_DIR"""
import os
import shutil
import sys
import tempfile
import unittest
import urllib.parse

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

sys.path.insert(0, os.path.dirname(__file__))
from harness import Server, index, query  # noqa: E402

BIN, SOURCE, OUT = sys.argv[1], sys.argv[2], sys.argv[3]
TMP = tempfile.mkdtemp(prefix="geofacet-page-")


def browser(width, height):
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for arg in ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--lang=en-GB",
                f"--window-size={width},{height}", "--user-data-dir=" + tempfile.mkdtemp(dir=TMP)]:
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"), options=options)
    driver.set_page_load_timeout(60)
    return driver


def setUpModule():
    global SERVER, DRIVER
    db = os.path.join(TMP, "db")
    index(BIN, db, os.path.join(SOURCE, "sample-corpus"), os.path.join(SOURCE, "tests/data/access"))
    SERVER = Server(BIN, [db], "--threads", "2", "--quiet")
    DRIVER = browser(1280, 1000)


def tearDownModule():
    DRIVER.quit()
    SERVER.stop()
    shutil.rmtree(TMP, ignore_errors=True)


def state():
    """The page's address as (name, value) pairs."""
    return urllib.parse.parse_qsl(urllib.parse.urlsplit(DRIVER.current_url).query, keep_blank_values=True)


def api_total(params):
    return SERVER.json("/api/search?" + query(params + [("limit", "0")]))[1]["total"]


def api_first_page(params):
    """The ids of the API's first page of ten: the total's articles (every concept), then those with some."""
    return [r["id"] for r in SERVER.json("/api/search?" + query(params + [("limit", "10")]))[1]["results"]]


class Page(unittest.TestCase):
    def wait(self, condition, what, timeout=30):
        return WebDriverWait(DRIVER, timeout).until(lambda d: condition(d), what)

    def settled(self):
        """Waits for the results of the current address to be drawn."""
        self.wait(lambda d: d.find_element(By.ID, "results").get_attribute("aria-busy") == "false"
                  and d.find_element(By.ID, "summary").text not in ("", "Searching…", "検索中…"), "results drawn")

    def summary(self):
        return DRIVER.find_element(By.ID, "summary").text

    def checkbox(self, facet, value):
        return DRIVER.find_element(By.CSS_SELECTOR, f'#facets input[data-facet="{facet}"][data-value="{value}"]')

    def test_a_search_session(self):
        # An address opens with its search.
        DRIVER.get(SERVER.base + "/?" + query([("q", "tariffs")]))
        self.settled()
        total = api_total([("q", "tariffs")])
        self.assertIn(str(total), self.summary())
        self.assertEqual(DRIVER.find_element(By.ID, "q").get_attribute("value"), "tariffs")
        self.assertIn("Understood", DRIVER.find_element(By.ID, "understood").text)
        hits = DRIVER.find_elements(By.CSS_SELECTOR, "#hits > li")
        self.assertEqual(len(hits), min(10, total))
        self.assertTrue(DRIVER.find_elements(By.CSS_SELECTOR, "#hits .snippet mark"), "snippets are highlighted")
        self.assertTrue(DRIVER.find_elements(By.CSS_SELECTOR, "#hits time"), "dates are shown")

        # The search box, from the keyboard: "/" comes back to it.
        DRIVER.find_element(By.TAG_NAME, "body").send_keys("/")
        self.assertEqual(DRIVER.switch_to.active_element.get_attribute("id"), "q")
        box = DRIVER.switch_to.active_element
        box.send_keys(Keys.CONTROL, "a")
        box.send_keys("Japan defence 5 percent", Keys.ENTER)
        self.wait(lambda d: ("q", "Japan defence 5 percent") in state(), "the query in the address")
        self.settled()
        base = [("q", "Japan defence 5 percent")]
        total = api_total(base)
        self.assertIn(str(total), self.summary())

        # Tick a facet value that narrows the results: they narrow to its count and the address says so.
        value, count, name = next((b.get_attribute("data-value"), int(c.text), n.text) for b, c, n in zip(
            DRIVER.find_elements(By.CSS_SELECTOR, '#facets input[data-facet="country"]'),
            DRIVER.find_elements(By.CSS_SELECTOR, '#facets fieldset[data-facet="country"] .count'),
            DRIVER.find_elements(By.CSS_SELECTOR, '#facets fieldset[data-facet="country"] .name')) if int(c.text) < total)
        self.checkbox("country", value).click()
        self.wait(lambda d: ("filter", "country:" + value) in state(), "the filter in the address")
        self.settled()
        narrowed = api_total(base + [("filter", "country:" + value)])
        self.assertEqual(narrowed, count)
        self.assertIn(str(narrowed), self.summary())
        self.assertEqual(len(DRIVER.find_elements(By.CSS_SELECTOR, "#hits > li")),
                         len(api_first_page(base + [("filter", "country:" + value)])))
        self.assertGreaterEqual(len(DRIVER.find_elements(By.CSS_SELECTOR, "#hits > li")), min(10, narrowed))
        self.assertTrue(self.checkbox("country", value).is_selected())
        self.assertIn(name, DRIVER.find_element(By.ID, "active-filters").text)

        # Untick it: back to where it was.
        self.checkbox("country", value).click()
        self.wait(lambda d: ("filter", "country:" + value) not in state(), "the filter gone from the address")
        self.settled()
        self.assertIn(str(total), self.summary())

        # Japanese labels at one click.
        DRIVER.find_element(By.ID, "labels-ja").click()
        self.wait(lambda d: ("labels", "ja") in state(), "labels in the address")
        self.settled()
        self.assertEqual(DRIVER.find_element(By.TAG_NAME, "html").get_attribute("lang"), "ja")
        jp = DRIVER.find_element(By.CSS_SELECTOR, '#facets input[data-value="JP"] + label .name').text
        self.assertEqual(jp, "日本")
        self.assertEqual(DRIVER.find_element(By.ID, "labels-ja").get_attribute("aria-pressed"), "true")

        # The actor box suggests as one types, in either script; Enter picks from the keyboard.
        actor = DRIVER.find_element(By.ID, "actor-input")
        actor.send_keys("いし")
        self.wait(lambda d: d.find_element(By.ID, "actor-input").get_attribute("aria-expanded") == "true"
                  and "石破茂" in d.find_element(By.ID, "actor-options").text, "a suggestion for いし")
        actor.send_keys(Keys.ENTER)
        self.wait(lambda d: ("filter", "actor:shigeru-ishiba") in state(), "the actor filter in the address")
        self.settled()
        with_actor = api_total(base + [("filter", "actor:shigeru-ishiba")])
        self.assertIn(str(with_actor), self.summary())
        self.assertTrue(self.checkbox("actor", "shigeru-ishiba").is_selected())

        # The address reproduces the state, in a browser of its own.
        address = DRIVER.current_url
        other = browser(1280, 1000)
        try:
            other.get(address)
            WebDriverWait(other, 30).until(lambda d: d.find_element(By.ID, "results").get_attribute("aria-busy") == "false"
                                           and d.find_element(By.ID, "summary").text not in ("", "検索中…"), "reproduced")
            self.assertEqual(other.find_element(By.ID, "summary").text, self.summary())
            self.assertEqual(other.find_element(By.ID, "q").get_attribute("value"), "Japan defence 5 percent")
            self.assertTrue(other.find_element(By.CSS_SELECTOR, '#facets input[data-value="shigeru-ishiba"]').is_selected())
            self.assertEqual(other.find_element(By.TAG_NAME, "html").get_attribute("lang"), "ja")
            self.assertEqual([h.text for h in other.find_elements(By.CSS_SELECTOR, "#hits h3")],
                             [h.text for h in DRIVER.find_elements(By.CSS_SELECTOR, "#hits h3")])
        finally:
            other.quit()
        DRIVER.save_screenshot(os.path.join(OUT, "page-laptop.png"))

        # Follow a result: the article opens; Back returns to the same results.
        first = DRIVER.find_element(By.CSS_SELECTOR, "#hits h3 a")
        title = first.text
        first.click()
        self.wait(lambda d: any(k == "doc" for k, _ in state()), "the article in the address")
        self.wait(lambda d: d.find_element(By.ID, "doc-title").text == title, "the article shown")
        self.assertGreater(len(DRIVER.find_element(By.CSS_SELECTOR, "#doc-view .body").text), 100)
        DRIVER.save_screenshot(os.path.join(OUT, "page-article.png"))
        DRIVER.back()
        self.wait(lambda d: not any(k == "doc" for k, _ in state()), "back to the results")
        self.settled()
        self.assertIn(str(with_actor), self.summary())

    def test_paging_through_the_archive(self):
        DRIVER.get(SERVER.base + "/?sort=date")
        self.settled()
        self.assertIn("54", self.summary())
        self.assertEqual(DRIVER.find_element(By.CSS_SELECTOR, '#pager a[aria-current="page"]').text, "1")
        first_page = [h.text for h in DRIVER.find_elements(By.CSS_SELECTOR, "#hits h3")]
        DRIVER.find_element(By.CSS_SELECTOR, '#pager a[rel="next"]').click()
        self.wait(lambda d: ("page", "2") in state(), "page 2 in the address")
        self.settled()
        self.assertEqual(DRIVER.find_element(By.ID, "hits").get_attribute("start"), "11")
        second_page = [h.text for h in DRIVER.find_elements(By.CSS_SELECTOR, "#hits h3")]
        self.assertEqual(len(second_page), 10)
        self.assertFalse(set(first_page) & set(second_page))
        expected = [r["title"] for r in SERVER.json("/api/search?sort=date&offset=10&limit=10")[1]["results"]]
        self.assertEqual(second_page, expected)
        DRIVER.back()
        self.wait(lambda d: ("page", "2") not in state(), "back to page 1")
        self.settled()
        self.assertEqual([h.text for h in DRIVER.find_elements(By.CSS_SELECTOR, "#hits h3")], first_page)

    def test_the_same_event_in_both_languages(self):
        DRIVER.get(SERVER.base + "/?" + query([("q", "Japan tariff deal 15 percent")]))
        self.settled()
        hit = DRIVER.find_element(By.CSS_SELECTOR, "#hits > li")
        title = hit.find_element(By.CSS_SELECTOR, "h3").text
        doc = SERVER.json("/api/search?" + query([("q", "Japan tariff deal 15 percent"), ("limit", "1")]))[1]["results"][0]
        self.assertEqual(doc["title"], title)
        hit.find_element(By.CSS_SELECTOR, "a.like").click()
        self.wait(lambda d: ("like", doc["id"]) in state(), "like in the address")
        self.settled()
        expected = [r["title"] for r in SERVER.json("/api/search?" + query([("like", doc["id"])]))[1]["results"]]
        self.assertTrue(expected)
        self.assertEqual([h.text for h in DRIVER.find_elements(By.CSS_SELECTOR, "#hits h3")], expected)
        self.assertNotIn(title, expected)
        self.assertIn(doc["id"], DRIVER.find_element(By.ID, "understood").text)

    def test_restricted_articles_never_show_on_the_page(self):
        DRIVER.get(SERVER.base + "/?" + query([("q", "Kestrel")]))
        self.settled()
        self.assertEqual(DRIVER.find_elements(By.CSS_SELECTOR, "#hits > li"), [])
        DRIVER.get(SERVER.base + "/?doc=acl-defence-01")
        self.wait(lambda d: not d.find_element(By.ID, "error").get_attribute("hidden"), "an error for a restricted article")
        self.assertNotIn("Kestrel", DRIVER.find_element(By.TAG_NAME, "body").text)

    def test_a_phone_sized_screen(self):
        phone = browser(390, 844)
        try:
            phone.get(SERVER.base + "/?" + query([("q", "防衛費"), ("labels", "ja")]))
            WebDriverWait(phone, 30).until(lambda d: d.find_element(By.ID, "results").get_attribute("aria-busy") == "false"
                                           and d.find_elements(By.CSS_SELECTOR, "#hits > li"), "results on a phone")
            self.assertIsNone(phone.find_element(By.ID, "filters-panel").get_attribute("open"), "filters folded on a phone")
            phone.save_screenshot(os.path.join(OUT, "page-phone.png"))
            wide = phone.execute_script(
                "return [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > "
                "document.documentElement.clientWidth + 1).map(e => e.tagName + '#' + e.id + '.' + e.className).slice(0, 5)")
            self.assertEqual(wide, [], "nothing wider than the screen")
        finally:
            phone.quit()


if __name__ == "__main__":
    unittest.main(argv=[sys.argv[0], "-v"])
