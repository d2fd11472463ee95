namespace LuaIL.Runtime.Redis;

/// <summary>Redis's <c>math.random</c>/<c>math.randomseed</c>: its own <c>rand48</c> (<c>src/rand.c</c>), so seeded sequences match every Redis on every platform.</summary>
/// <remarks>
/// The state is the 48-bit <c>X(n+1) = (0x5DEECE66D * X(n) + 0xB) mod 2^48</c>, a result is its top 31
/// bits. As in 7.0 it is never reseeded behind the script's back and survives SCRIPT FLUSH; one
/// instance serves an engine's EVAL and FUNCTION states.
/// </remarks>
public sealed class RedisRandom
{
    private const long Multiplier = 0x5DEECE66DL;
    private const long Mask = (1L << 48) - 1;
    private const int Lrand48Max = int.MaxValue;

    private long _x = 0x1234ABCD330EL;

    /// <summary><c>redisSrand48</c>: the seed's low 32 bits above the fixed 0x330E.</summary>
    public void Seed(int seed) => _x = ((long)(uint)seed << 16) | 0x330E;

    /// <summary><c>redisLrand48</c>: the next 31-bit value.</summary>
    public int Next()
    {
        _x = (Multiplier * _x + 0xB) & Mask;
        return (int)(_x >> 17);
    }

    /// <summary>Replaces <c>random</c> and <c>randomseed</c> in <paramref name="math"/>.</summary>
    public void Register(LuaTable math)
    {
        LuaStandardLibrary.Register(math, "random", Random);
        LuaStandardLibrary.Register(math, "randomseed", (L, args) =>
        {
            Seed(LuaArgs.CheckInt(L, args, 1));
            return L.Return0();
        });
    }

    private LuaValue Random(LuaState L, ReadOnlySpan<LuaValue> args)
    {
        double r = (double)(Next() % Lrand48Max) / Lrand48Max;
        switch (args.Length)
        {
            case 0:
                return L.Return1(r);
            case 1:
            {
                int u = LuaArgs.CheckInt(L, args, 1);
                if (u < 1) throw LuaArgs.ArgError(L, 1, "interval is empty");
                return L.Return1(Math.Floor(r * u) + 1);
            }
            case 2:
            {
                int l = LuaArgs.CheckInt(L, args, 1);
                int u = LuaArgs.CheckInt(L, args, 2);
                if (l > u) throw LuaArgs.ArgError(L, 2, "interval is empty");
                return L.Return1(Math.Floor(r * ((double)u - l + 1)) + l);
            }
            default:
                throw LuaErrors.Error(L, 1, "wrong number of arguments");
        }
    }
}
