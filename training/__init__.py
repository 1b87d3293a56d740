"""Training side of orgwatch: corpus generation, datasets, model training and evaluation."""
