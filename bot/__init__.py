"""dondoc: a chat assistant that keeps Vietnamese officials on track with their pledges."""

__version__ = "0.1.0"
