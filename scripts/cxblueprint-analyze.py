#!/usr/bin/env python3
"""CxBlueprint's analysis of Connect flow JSON files, for flowc-bench's comparison.

    python scripts/cxblueprint-analyze.py FILE.json...

Loads each file as CxBlueprint does (Flow.load, its decompiler) and runs its FlowAnalyzer
(Flow.analyze: orphaned blocks, missing error handlers, unterminated paths); prints how many
flows and findings. Run with a Python that has cxblueprint (flowc-bench --cxblueprint PYTHON;
docs/performance.md says how to make one).
"""
import sys

from cxblueprint import Flow


def main(paths):
    findings = 0
    for path in paths:
        analysis = Flow.load(path).analyze()
        findings += len(analysis["orphaned_blocks"]) + len(analysis["missing_error_handlers"]) + len(analysis["unterminated_paths"])
    print(f"{len(paths)} flows, {findings} findings")


if __name__ == "__main__":
    main(sys.argv[1:])
