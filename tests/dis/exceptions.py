def guarded(x):
    try:
        return 10 / x
    except ZeroDivisionError as e:
        print("zero", e)
    except (TypeError, ValueError):
        raise
    finally:
        print("done")
