"""Samla's benchmarks and the synthetic-organisation generator. Run `make bench`."""
