"""An elevator bank: Enum directions, a deque of requests per car, for/else
searches, chained assignments, divmod, Base.method calls, a context manager
that counts trips, and time that is measured but not printed."""
import time
from collections import deque
from enum import Enum


class Direction(Enum):
    UP = 1
    DOWN = -1
    IDLE = 0


class Car:
    def __init__(self, name: str, floor: int) -> None:
        self.name = name
        self.floor = floor
        self.direction = Direction.IDLE
        self.requests: deque[int] = deque()
        self.moved = self.stops = 0

    def step(self) -> None:
        if not self.requests:
            self.direction = Direction.IDLE
            return
        target = self.requests[0]
        if target == self.floor:
            self.requests.popleft()
            self.stops += 1
            return
        self.direction = Direction.UP if target > self.floor else Direction.DOWN
        self.floor += self.direction.value
        self.moved += 1

    def describe(self) -> str:
        return f"{self.name}@{self.floor} {self.direction.name.lower()} {list(self.requests)}"


class ExpressCar(Car):
    def __init__(self, name: str, floor: int, skip: int) -> None:
        Car.__init__(self, name, floor)
        self.skip = skip

    def describe(self) -> str:
        return Car.describe(self) + f" (skips {self.skip})"


class Trip:
    def __init__(self, counter: dict[str, int], name: str) -> None:
        self.counter = counter
        self.name = name

    def __enter__(self) -> None:
        self.counter[self.name] = self.counter.get(self.name, 0) + 1

    def __exit__(self, exc_type, exc, tb) -> None:
        pass


def nearest(cars: list[Car], floor: int) -> Car:
    for car in cars:
        if car.direction is Direction.IDLE and car.floor == floor:
            break
    else:
        car = min(cars, key=lambda c: (abs(c.floor - floor), c.name))
    return car


def main() -> None:
    started = time.perf_counter()
    cars: list[Car] = [Car("A", 0), ExpressCar("B", 10, 5), Car("C", 5)]
    trips: dict[str, int] = {}
    calls = [3, 9, 5, 0, 12, 7, 7, 1]
    for call in calls:
        car = nearest(cars, call)
        with Trip(trips, car.name):
            car.requests.append(call)
    ticks = range(12)
    for _ in ticks:
        for car in cars:
            car.step()
    for car in cars:
        print(car.describe(), car.moved, car.stops)
    print(sorted(trips.items()))
    total = busiest = 0
    for car in cars:
        total += car.moved
        busiest = max(busiest, car.moved)
    minutes, seconds = divmod(total * 7, 60)
    print(f"{total} floors, {minutes}m{seconds:02d}s, busiest {busiest}")
    print({d: [c.name for c in cars if c.direction is d] for d in Direction})
    print(time.perf_counter() >= started)


main()
