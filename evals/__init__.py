"""The eval harness: cases with hand-written reference facts, deterministic metrics, reports.

    python -m evals            every case x engine; table, reports, exit 1 under threshold
"""
