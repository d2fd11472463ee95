-- resp: 3
return {double = 0.1}
