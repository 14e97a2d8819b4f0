"""intake: reads the weekly reports that units email, and produces the consolidated report."""

__version__ = "0.1.0"
