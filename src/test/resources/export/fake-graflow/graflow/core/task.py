"""TEST DOUBLE (see graflow/__init__.py): re-exports ParallelGroup like graflow.core.task."""
from graflow import ParallelGroup  # noqa: F401
