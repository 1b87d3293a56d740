"""Genre modules; importing this package registers every genre with the registry."""

from training.corpus.genres import (  # noqa: F401
    negatives,
    negatives_background,
    negatives_ordinary,
    negatives_short_org,
    pos_both,
    pos_charity,
    pos_org,
)
from training.corpus.genres.registry import REGISTRY, Doc, GenreSpec, all_genres, genre, genres_for

__all__ = ["REGISTRY", "Doc", "GenreSpec", "all_genres", "genre", "genres_for"]
