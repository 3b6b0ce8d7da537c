# A discrete-event simulation of a small bakery: customers arrive, queue,
# are served by clerks; events are ordered by time in a heap.
import heapq
import random


class Event:
    def __init__(self, time: float, customer: int) -> None:
        self.time = time
        self.customer = customer

    def describe(self) -> str:
        return "event"

    def __lt__(self, other: "Event") -> bool:
        return (self.time, self.customer) < (other.time, other.customer)


class Arrival(Event):
    def describe(self) -> str:
        return "arrives"


class Departure(Event):
    def __init__(self, time: float, customer: int, clerk: int) -> None:
        super().__init__(time, customer)
        self.clerk = clerk

    def describe(self) -> str:
        return f"leaves clerk {self.clerk}"


class Bakery:
    def __init__(self, clerks: int) -> None:
        self.free = list(range(clerks))
        self.waiting: list[tuple[int, float]] = []
        self.events: list[Event] = []
        self.waits: list[float] = []
        self.served = 0

    def schedule(self, event: Event) -> None:
        heapq.heappush(self.events, event)

    def start_service(self, customer: int, arrived: float, now: float) -> None:
        clerk = self.free.pop(0)
        self.waits.append(now - arrived)
        self.schedule(Departure(now + random.uniform(1.0, 4.0), customer, clerk))

    def run(self, until: float) -> None:
        while self.events:
            event = heapq.heappop(self.events)
            if event.time > until:
                break
            print(f"{event.time:6.2f}  customer {event.customer:2d} {event.describe()}")
            if isinstance(event, Departure):
                self.served += 1
                self.free.append(event.clerk)
                self.free.sort()
                if self.waiting:
                    customer, arrived = self.waiting.pop(0)
                    self.start_service(customer, arrived, event.time)
            elif self.free:
                self.start_service(event.customer, event.time, event.time)
            else:
                self.waiting.append((event.customer, event.time))


random.seed(7)
bakery = Bakery(2)
clock = 0.0
for customer in range(1, 13):
    clock += random.expovariate(0.9) if customer % 3 else random.uniform(0.2, 2.0)
    bakery.schedule(Arrival(clock, customer))
bakery.run(until=14.0)
print("served:", bakery.served, "still waiting:", len(bakery.waiting))
print(f"mean wait {sum(bakery.waits) / len(bakery.waits):.3f}, longest {max(bakery.waits):.3f}")
