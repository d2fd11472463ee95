namespace LuaIL.Runtime;

// The base functions that call back into Lua (print, tostring, pcall, xpcall) and tonumber.
public static partial class LuaBaseLibrary
{
    private static LuaValue Print(LuaState L, ReadOnlySpan<LuaValue> args)
    {
        // As 5.1, print looks up the global tostring once per call and calls it for every argument.
        var tostring = LuaOps.GetGlobalStr(L, L.Globals, TostringName, 0);
        var output = L.StandardOutput;
        int depth = L.Depth;
        for (int i = 0; i < args.Length; i++)
        {
            LuaString? s;
            if (ReferenceEquals(tostring.Obj, TostringFn) && (args[i].IsNumber || args[i].IsString))
            {
                s = LuaConvert.ToLuaString(args[i]);
            }
            else
            {
                L.EnterNative(PrintFn);
                var f = LuaOps.ToCallable(L, tostring, null, 0);
                var r = f.Invoke(L, args[i]);
                L.Depth = depth;
                s = LuaConvert.ToLuaString(L.NRet == 0 ? default : r);
                if (s is null) throw LuaErrors.Error(L, 1, "'tostring' must return a string to 'print'");
            }
            if (i > 0) output.WriteByte((byte)'\t');
            // fputs stops at the first zero byte.
            var span = s!.Span;
            int z = span.IndexOf((byte)0);
            output.Write(z >= 0 ? span[..z] : span);
        }
        output.WriteByte((byte)'\n');
        return L.Return0();
    }

    private static LuaValue Tostring(LuaState L, ReadOnlySpan<LuaValue> args)
    {
        var v = LuaArgs.CheckAny(L, args, 1);
        var mt = LuaOps.GetMetatable(L, v);
        if (mt is not null)
        {
            var tm = mt.RawGet(LuaMetaNames.ToStringName);
            if (!tm.IsNil)
            {
                int depth = L.EnterNative(TostringFn) - 1;
                var r = LuaOps.ToCallable(L, tm, null, 0).Invoke(L, v);
                L.Depth = depth;
                return L.Return1(L.NRet == 0 ? default : r);
            }
        }
        return L.Return1(new LuaValue(LuaConvert.ToDisplayLuaString(v)));
    }

    private static LuaValue Tonumber(LuaState L, ReadOnlySpan<LuaValue> args)
    {
        int b = LuaArgs.OptInt(L, args, 2, 10);
        if (b == 10)
        {
            var v = LuaArgs.CheckAny(L, args, 1);
            return L.Return1(LuaConvert.TryToNumber(v, out double d) ? new LuaValue(d) : default);
        }
        var s = LuaArgs.CheckString(L, args, 1);
        if (b < 2 || b > 36) throw LuaArgs.ArgError(L, 2, "base out of range");
        return L.Return1(LuaConvert.TryParseUnsigned(s.Span, b, out double n) ? new LuaValue(n) : default);
    }

    private static LuaValue Pcall(LuaState L, ReadOnlySpan<LuaValue> args)
    {
        var fv = LuaArgs.CheckAny(L, args, 1);
        var saved = L.Save();
        try
        {
            L.EnterNative(PcallFn);
            var f = LuaOps.ToCallable(L, fv, null, 0);
            var first = f.Invoke(L, args[1..]);
            L.Depth = saved.Depth;
            return PrependTrue(L, first);
        }
        catch (LuaException e)
        {
            L.Restore(saved);
            return L.Return2(LuaValue.False, e.Value);
        }
    }

    private static LuaValue Xpcall(LuaState L, ReadOnlySpan<LuaValue> args)
    {
        LuaArgs.CheckAny(L, args, 2);
        var fv = args[0];
        var handler = args[1];
        var saved = L.Save();
        try
        {
            L.EnterNative(XpcallFn);
            var first = LuaOps.ToCallable(L, fv, null, 0).Invoke(L);
            L.Depth = saved.Depth;
            return PrependTrue(L, first);
        }
        catch (LuaException e)
        {
            // The handler runs before the frames of the error are forgotten, so it can see them (debug.traceback).
            if (L.Depth <= saved.Depth) L.Depth = saved.Depth + 1;
            LuaValue result;
            try
            {
                result = LuaOps.ToCallable(L, handler, null, 0).Invoke(L, e.Value);
                if (L.NRet == 0) result = default;
            }
            catch (LuaException)
            {
                // 5.1 calls the handler again for its own error until the C stack gives out.
                result = new LuaValue(ErrorInErrorHandling);
            }
            L.Restore(saved);
            return L.Return2(LuaValue.False, result);
        }
    }

    /// <summary>Turns the results of the call that returned <paramref name="first"/> into <c>true, results...</c>.</summary>
    private static LuaValue PrependTrue(LuaState L, LuaValue first)
    {
        int n = L.NRet;
        if (n == 0) return L.Return1(LuaValue.True);
        if (n == 1) return L.Return2(LuaValue.True, first);
        var old = L.Ret;
        if (n + 1 > old.Length)
        {
            var grown = new LuaValue[Math.Max(n + 1, old.Length * 2)];
            Array.Copy(old, 0, grown, 1, n);
            L.Ret = grown;
        }
        else
        {
            Array.Copy(old, 0, old, 1, n);
        }
        L.Ret[0] = LuaValue.True;
        L.NRet = n + 1;
        return LuaValue.True;
    }
}
