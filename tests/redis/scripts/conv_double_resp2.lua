return {double = 3.25}
