from typing import Optional


class Counter:
    def __init__(self, limit: Optional[int] = None):
        self.limit = limit
