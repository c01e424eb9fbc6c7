#!/usr/bin/env python3
"""The test command's closing summary: per module the tests run, failed and skipped and their time,
then each failed test by name, and last `N passed, N failed`.

Reads the Surefire and Failsafe XML reports written since the run started (older reports in target/
belong to an earlier build and are ignored) and Maven's reactor summary from the run's log, so that
a module Maven did not build to the end (a build failure, a skipped dependent) is reported too.
Modules that were not part of the run (-pl) are left out.

Usage: test-summary.py ROOT MAVEN_LOG START_EPOCH_SECONDS
Exit status: 0 when every test ran passed and Maven reported no module as failed or skipped, else 1.
"""
import re
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

REPORT_DIRS = ("surefire-reports", "failsafe-reports")
# "[INFO] yt-autopilot :: review service ............ FAILURE [ 01:02 min]"
REACTOR_LINE = re.compile(r"^\[INFO\] (.+?) \.+ ?(SUCCESS|FAILURE|SKIPPED)(?: \[ *([^\]]+)\])?\s*$")
# a build of one module prints no reactor summary, only these two
BUILDING_LINE = re.compile(r"^\[INFO\] Building (.+?) \S+\s*$")
BUILD_RESULT = re.compile(r"^\[INFO\] BUILD (SUCCESS|FAILURE)\s*$")
POM = "{http://maven.apache.org/POM/4.0.0}"


def modules(root):
    """The reactor's modules in build order of the root pom: (directory, display name)."""
    pom = ElementTree.parse(root / "pom.xml").getroot()
    for element in pom.iter(POM + "module"):
        directory = element.text.strip()
        name = ElementTree.parse(root / directory / "pom.xml").getroot().findtext(POM + "name")
        yield directory, (name or directory).strip()


def reactor_results(log):
    """Maven's verdict per module display name: (SUCCESS|FAILURE|SKIPPED, wall time)."""
    results, building, outcome = {}, [], None
    if log.is_file():
        for line in log.read_text(errors="replace").splitlines():
            match = REACTOR_LINE.match(line)
            if match:
                results[match.group(1).strip()] = (match.group(2), match.group(3) or "")
            elif BUILDING_LINE.match(line):
                building.append(BUILDING_LINE.match(line).group(1).strip())
            elif BUILD_RESULT.match(line):
                outcome = BUILD_RESULT.match(line).group(1)
    if not results and len(building) == 1 and outcome:
        results[building[0]] = (outcome, "")
    return results


def fresh_reports(module_dir, since):
    for kind in REPORT_DIRS:
        folder = module_dir / "target" / kind
        if folder.is_dir():
            for report in sorted(folder.glob("TEST-*.xml")):
                if report.stat().st_mtime >= since:
                    yield report


def read_report(report):
    """(tests, failed, skipped, seconds, [failed test names]) of one test class's report."""
    suite = ElementTree.parse(report).getroot()
    failed_names = []
    for case in suite.iter("testcase"):
        if case.find("failure") is not None or case.find("error") is not None:
            failed_names.append(f"{case.get('classname', '?')}.{case.get('name', '?')}")
    tests = int(suite.get("tests", 0))
    failed = int(suite.get("failures", 0)) + int(suite.get("errors", 0))
    skipped = int(suite.get("skipped", 0))
    return tests, failed, skipped, float(suite.get("time", 0) or 0), failed_names


def main(root, log, since):
    reactor = reactor_results(log)
    rows, failed_tests, unbuilt = [], [], []
    totals = {"tests": 0, "failed": 0, "skipped": 0}
    if not reactor:
        print("Maven printed no reactor summary: it stopped before building every module (see its log)")
        return 1
    for directory, name in modules(root):
        if name not in reactor:
            continue  # not selected for this run (-pl)
        tests = failed = skipped = 0
        seconds = 0.0
        for report in fresh_reports(root / directory, since):
            t, f, s, secs, names = read_report(report)
            tests, failed, skipped, seconds = tests + t, failed + f, skipped + s, seconds + secs
            failed_tests += [f"{directory}: {test}" for test in names]
        verdict, wall = reactor[name]
        if verdict != "SUCCESS":
            unbuilt.append(f"{directory}: {verdict}")
        rows.append((directory, tests, failed, skipped, seconds, f"{verdict} {wall}".strip()))
        totals["tests"] += tests
        totals["failed"] += failed
        totals["skipped"] += skipped

    print()
    print(f"{'module':<20} {'tests':>6} {'failed':>7} {'skipped':>8} {'test time':>10}  build")
    for directory, tests, failed, skipped, seconds, build in rows:
        print(f"{directory:<20} {tests:>6} {failed:>7} {skipped:>8} {seconds:>9.1f}s  {build}")
    if failed_tests:
        print()
        print("Failed tests:")
        for test in failed_tests:
            print(f"  {test}")
    if unbuilt:
        print()
        print("Modules Maven did not build to the end (their tests did not all run):")
        for module in unbuilt:
            print(f"  {module}")
    print()
    passed = totals["tests"] - totals["failed"] - totals["skipped"]
    skipped = f", {totals['skipped']} skipped" if totals["skipped"] else ""
    print(f"{passed} passed, {totals['failed']} failed{skipped}")
    return 0 if totals["failed"] == 0 and not unbuilt else 1


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2]), float(sys.argv[3])))
