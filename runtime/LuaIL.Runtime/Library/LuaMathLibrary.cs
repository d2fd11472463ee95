namespace LuaIL.Runtime;

/// <summary>Lua 5.1's <c>math</c> library (<c>lmathlib.c</c>), with <c>math.random</c> drawing from glibc's <c>rand()</c> sequence.</summary>
/// <remarks>
/// Functions are registered in <c>lmathlib.c</c>'s order into a table of the same size hint, so
/// <c>pairs(math)</c> visits them in the reference's order. <c>math.log</c> takes no base in 5.1
/// (a second argument is ignored).
/// </remarks>
public static class LuaMathLibrary
{
    public static void Open(LuaState L)
    {
        var m = new LuaTable(0, 28);
        // One generator per opened state: C's rand() state is per process, a host may run many states.
        var rng = new GlibcRandom();
        Reg(m, "abs", x => Math.Abs(x));
        Reg(m, "acos", x => Math.Acos(x));
        Reg(m, "asin", x => Math.Asin(x));
        LuaStandardLibrary.Register(m, "atan2", (L, a) => L.Return1(Math.Atan2(LuaArgs.CheckNumber(L, a, 1), LuaArgs.CheckNumber(L, a, 2))));
        Reg(m, "atan", x => Math.Atan(x));
        Reg(m, "ceil", x => Math.Ceiling(x));
        Reg(m, "cosh", x => Math.Cosh(x));
        Reg(m, "cos", x => Math.Cos(x));
        Reg(m, "deg", x => x / (Math.PI / 180.0));
        Reg(m, "exp", x => Math.Exp(x));
        Reg(m, "floor", x => Math.Floor(x));
        LuaStandardLibrary.Register(m, "fmod", Fmod);
        LuaStandardLibrary.Register(m, "frexp", Frexp);
        LuaStandardLibrary.Register(m, "ldexp", (L, a) => L.Return1(Ldexp(LuaArgs.CheckNumber(L, a, 1), LuaArgs.CheckInt(L, a, 2))));
        Reg(m, "log10", x => Math.Log10(x));
        // glibc's log of a negative number is the x86 default NaN (sign bit set, printed -nan); .NET gives +NaN.
        Reg(m, "log", x => x < 0 ? BitConverter.Int64BitsToDouble(unchecked((long)0xFFF8000000000000UL)) : Math.Log(x));
        LuaStandardLibrary.Register(m, "max", Max);
        LuaStandardLibrary.Register(m, "min", Min);
        LuaStandardLibrary.Register(m, "modf", Modf);
        LuaStandardLibrary.Register(m, "pow", (L, a) => L.Return1(Math.Pow(LuaArgs.CheckNumber(L, a, 1), LuaArgs.CheckNumber(L, a, 2))));
        Reg(m, "rad", x => x * (Math.PI / 180.0));
        LuaStandardLibrary.Register(m, "random", (L, a) => Random(L, a, rng));
        LuaStandardLibrary.Register(m, "randomseed", (L, a) =>
        {
            rng.Seed(unchecked((uint)LuaArgs.CheckInt(L, a, 1)));
            return L.Return0();
        });
        Reg(m, "sinh", x => Math.Sinh(x));
        Reg(m, "sin", x => Math.Sin(x));
        Reg(m, "sqrt", x => Math.Sqrt(x));
        Reg(m, "tanh", x => Math.Tanh(x));
        Reg(m, "tan", x => Math.Tan(x));
        m.RawSet(LuaString.Intern("pi"), new LuaValue(Math.PI));
        m.RawSet(LuaString.Intern("huge"), new LuaValue(double.PositiveInfinity));
        // LUA_COMPAT_MOD: math.mod is fmod under its old name.
        m.RawSet(LuaString.Intern("mod"), m.RawGet(LuaString.Intern("fmod")));
        L.Globals.RawSet(LuaString.Intern("math"), new LuaValue(m));
    }

    // Lambdas, not method groups: a delegate over a static method calls through a shuffle thunk.
    private static void Reg(LuaTable m, string name, Func<double, double> f)
        => m.RawSet(LuaString.Intern(name), new LuaValue(new LuaMathFunction(name, f)));

    // C's fmod: the sign of the dividend (fmod(-6, 3) is -0); .NET's % on doubles is the same IEEE operation.
    private static LuaValue Fmod(LuaState L, ReadOnlySpan<LuaValue> args)
        => L.Return1(LuaArgs.CheckNumber(L, args, 1) % LuaArgs.CheckNumber(L, args, 2));

    // modf(-5) is -5, -0 and modf(inf) is inf, 0, as C's modf.
    private static LuaValue Modf(LuaState L, ReadOnlySpan<LuaValue> args)
    {
        double x = LuaArgs.CheckNumber(L, args, 1);
        double ip = Math.Truncate(x);
        double frac = double.IsInfinity(x) ? Math.CopySign(0.0, x) : x - ip;
        if (frac == 0) frac = Math.CopySign(0.0, x);
        return L.Return2(ip, frac);
    }

    private static LuaValue Frexp(LuaState L, ReadOnlySpan<LuaValue> args)
    {
        double m = Frexp(LuaArgs.CheckNumber(L, args, 1), out int e);
        return L.Return2(m, e);
    }

    /// <summary>C's <c>frexp</c>: x = m·2^e with 0.5 ≤ |m| &lt; 1; zero, infinities and NaN come back unchanged with e = 0.</summary>
    public static double Frexp(double x, out int e)
    {
        e = 0;
        if (x == 0 || double.IsInfinity(x) || double.IsNaN(x)) return x;
        long bits = BitConverter.DoubleToInt64Bits(x);
        int exp = (int)((bits >> 52) & 0x7FF);
        if (exp == 0)
        {
            // Subnormal: scale into the normal range first.
            x *= 1.8014398509481984e16; // 2^54
            bits = BitConverter.DoubleToInt64Bits(x);
            exp = (int)((bits >> 52) & 0x7FF) - 54;
        }
        e = exp - 1022;
        bits = (bits & unchecked((long)0x800FFFFFFFFFFFFFUL)) | (1022L << 52);
        return BitConverter.Int64BitsToDouble(bits);
    }

    /// <summary>C's <c>ldexp</c>: x·2^e, rounded once (Math.ScaleB does exactly that).</summary>
    public static double Ldexp(double x, int e) => Math.ScaleB(x, e);

    // max/min keep the first of equal arguments: only a strictly greater (smaller) one replaces it.
    private static LuaValue Max(LuaState L, ReadOnlySpan<LuaValue> args)
    {
        double dmax = LuaArgs.CheckNumber(L, args, 1);
        for (int i = 2; i <= args.Length; i++)
        {
            double d = LuaArgs.CheckNumber(L, args, i);
            if (d > dmax) dmax = d;
        }
        return L.Return1(dmax);
    }

    private static LuaValue Min(LuaState L, ReadOnlySpan<LuaValue> args)
    {
        double dmin = LuaArgs.CheckNumber(L, args, 1);
        for (int i = 2; i <= args.Length; i++)
        {
            double d = LuaArgs.CheckNumber(L, args, i);
            if (d < dmin) dmin = d;
        }
        return L.Return1(dmin);
    }

    private static LuaValue Random(LuaState L, ReadOnlySpan<LuaValue> args, GlibcRandom rng)
    {
        // lmathlib.c: r = (rand() % RAND_MAX) / RAND_MAX, in [0, 1).
        double r = (double)(rng.Next() % GlibcRandom.RandMax) / GlibcRandom.RandMax;
        switch (args.Length)
        {
            case 0:
                return L.Return1(r);
            case 1:
            {
                int u = LuaArgs.CheckInt(L, args, 1);
                if (!(1 <= u)) throw LuaArgs.ArgError(L, 1, "interval is empty");
                return L.Return1(Math.Floor(r * u) + 1);
            }
            case 2:
            {
                int l = LuaArgs.CheckInt(L, args, 1);
                int u = LuaArgs.CheckInt(L, args, 2);
                if (!(l <= u)) throw LuaArgs.ArgError(L, 2, "interval is empty");
                return L.Return1(Math.Floor(r * ((double)u - l + 1)) + l);
            }
            default:
                throw LuaErrors.Error(L, 1, "wrong number of arguments");
        }
    }
}

/// <summary>glibc's <c>rand()</c>/<c>srand()</c>: the TYPE_3 additive feedback generator of <c>random_r.c</c> (degree 31, separation 3).</summary>
/// <remarks>
/// Seeding fills 31 words with 16807·x mod (2^31−1) (Park–Miller, computed with Schrage's method
/// in 32-bit arithmetic as glibc does), then discards 310 outputs. Each output adds the word 3
/// positions back (mod 2^32) and drops the low bit. A fresh generator is seeded with 1, as a C
/// program that never calls <c>srand</c>.
/// </remarks>
public sealed class GlibcRandom
{
    public const int RandMax = 2147483647;
    private const int Degree = 31;
    private const int Separation = 3;

    private readonly int[] _state = new int[Degree];
    private int _front;
    private int _rear;

    public GlibcRandom() => Seed(1);

    public void Seed(uint seed)
    {
        if (seed == 0) seed = 1;
        int word = unchecked((int)seed);
        _state[0] = word;
        for (int i = 1; i < Degree; i++)
        {
            long hi = word / 127773;
            long lo = word % 127773;
            word = (int)(16807 * lo - 2836 * hi);
            if (word < 0) word += 2147483647;
            _state[i] = word;
        }
        _front = Separation;
        _rear = 0;
        for (int i = 0; i < Degree * 10; i++) Next();
    }

    /// <summary>The next value of <c>rand()</c>, in 0..RAND_MAX.</summary>
    public int Next()
    {
        uint val = unchecked((uint)_state[_front] + (uint)_state[_rear]);
        _state[_front] = unchecked((int)val);
        if (++_front >= Degree)
        {
            _front = 0;
            ++_rear;
        }
        else if (++_rear >= Degree)
        {
            _rear = 0;
        }
        return (int)(val >> 1);
    }
}
