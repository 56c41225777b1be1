"""Run every benchmark in bench/ in turn (each prints its own figures)."""

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCRIPTS = ["pages.py"]

if __name__ == "__main__":
    failed = []
    for script in SCRIPTS:
        print(f"\n######## {script} ########", flush=True)
        if subprocess.run([sys.executable, str(HERE / script)], check=False).returncode:
            failed.append(script)
    if failed:
        sys.exit(f"failed: {', '.join(failed)}")
