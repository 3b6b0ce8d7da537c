"""An exception nothing catches: the finally blocks on its way run, then the
program ends with CPython's last traceback line and status 1."""


class ConfigError(Exception):
    def __init__(self, key: str, problem: str):
        super().__init__(f"{key}: {problem}")
        self.key = key


def read_setting(settings: dict[str, str], key: str) -> int:
    try:
        return int(settings[key])
    except KeyError:
        raise ConfigError(key, "missing") from None
    except ValueError as e:
        raise ConfigError(key, f"not a number ({e})")
    finally:
        print("looked up", key)


def load(settings: dict[str, str], keys: list[str]) -> int:
    total = 0
    for key in keys:
        try:
            total += read_setting(settings, key)
        except ConfigError as e:
            if e.key == "port":
                raise
            print("skipping:", e)
        finally:
            print("after", key)
    return total


def main():
    settings = {"workers": "4", "timeout": "soon", "port": "80x"}
    print(load(settings, ["workers", "timeout", "retries"]))
    try:
        print(load(settings, ["workers", "port", "retries"]))
    finally:
        print("shutting down")
    print("not reached")


if __name__ == "__main__":
    main()
