-- resp: 3
return {false, true}
