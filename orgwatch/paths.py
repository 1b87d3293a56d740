"""Project folders and environment defaults, resolved in one place."""

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = PROJECT_ROOT / "data"
GOLD_DIR = DATA_DIR / "gold"
LEXICON_DIR = DATA_DIR / "lexicons"
GENERATED_DIR = DATA_DIR / "generated"
MODELS_DIR = PROJECT_ROOT / "models"
SHARED_DIR = PROJECT_ROOT.parent / "shared"
FACTS_DIR = SHARED_DIR / "facts"
CORPORA_DIR = SHARED_DIR / "corpora"


def configure_bentoml_home() -> Path:
    """Point BentoML's model store into models/ (unless BENTOML_HOME is set) and turn off tracking."""
    home = Path(os.environ.setdefault("BENTOML_HOME", str(MODELS_DIR / "bentoml")))
    home.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("BENTOML_DO_NOT_TRACK", "true")
    return home
