using System.Runtime.CompilerServices;

namespace LuaIL.Runtime;

/// <summary>A Lua 5.1 value in 16 bytes: an object reference plus a double, numbers never boxed.</summary>
/// <remarks>
/// Invariants: <see cref="Obj"/> is null for nil; <see cref="NumberTag"/> for a number held in
/// <see cref="Num"/>; <see cref="TrueTag"/> or <see cref="FalseTag"/> for booleans; otherwise the
/// <see cref="LuaString"/>, <see cref="LuaTable"/>, <see cref="LuaFunction"/> or other reference
/// the value is. <see cref="Num"/> is 0 unless the value is a number. Every type test on the hot
/// path is therefore one reference compare; generated code reads both fields directly.
/// </remarks>
public readonly struct LuaValue : IEquatable<LuaValue>
{
    public readonly object? Obj;
    public readonly double Num;

    // The tags are string literals because the runtime places literals in its non-moving frozen
    // heap: optimized code then embeds them as constants and stores a number or a boolean into a
    // table slot, an upvalue cell or a frame without a GC write barrier. No Lua value is ever a
    // .NET string, so a reference compare still tells them apart.
    /// <summary>Marks a number; compared by reference.</summary>
    public static readonly object NumberTag = "\0LuaIL number tag";
    public static readonly object TrueTag = "\0LuaIL true tag";
    public static readonly object FalseTag = "\0LuaIL false tag";

    public static readonly LuaValue Nil = default;
    public static readonly LuaValue True = new(TrueTag, 0);
    public static readonly LuaValue False = new(FalseTag, 0);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public LuaValue(object? obj, double num)
    {
        Obj = obj;
        Num = num;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public LuaValue(double number)
    {
        Obj = NumberTag;
        Num = number;
    }

    public LuaValue(LuaString? s) : this(s, 0) { }
    public LuaValue(LuaTable? t) : this(t, 0) { }
    public LuaValue(LuaFunction? f) : this(f, 0) { }

    public static LuaValue Number(double d) => new(NumberTag, d);
    public static LuaValue Boolean(bool b) => b ? True : False;
    public static LuaValue String(string s) => new(LuaString.From(s), 0);

    public static implicit operator LuaValue(double d) => new(NumberTag, d);
    public static implicit operator LuaValue(bool b) => b ? True : False;
    public static implicit operator LuaValue(LuaString? s) => new(s, 0);
    public static implicit operator LuaValue(LuaTable? t) => new(t, 0);
    public static implicit operator LuaValue(LuaFunction? f) => new(f, 0);

    /// <summary>Stores <paramref name="value"/> into a slot on the heap (a table's array part or node).</summary>
    /// <remarks>
    /// A number is rebuilt around the constant tag: the JIT then knows the reference it stores is
    /// frozen and emits no write barrier, which it must for a value of unknown type (the result of
    /// arithmetic with a metamethod fallback, a value read from another table). Matmul's
    /// <c>ci[j] = ci[j] + aik * bk[j]</c> stores that way.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void StoreInto(ref LuaValue slot, LuaValue value)
    {
        if (ReferenceEquals(value.Obj, NumberTag)) slot = new LuaValue(NumberTag, value.Num);
        else slot = value;
    }

    public bool IsNil => Obj is null;
    public bool IsNumber => ReferenceEquals(Obj, NumberTag);
    public bool IsBoolean => ReferenceEquals(Obj, TrueTag) || ReferenceEquals(Obj, FalseTag);
    public bool IsString => Obj is LuaString;
    public bool IsTable => Obj is LuaTable;
    public bool IsFunction => Obj is LuaFunction;

    /// <summary>Lua truth: everything but nil and false.</summary>
    public bool IsTruthy
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => Obj is not null && !ReferenceEquals(Obj, FalseTag);
    }

    public LuaString? AsString => Obj as LuaString;
    public LuaTable? AsTable => Obj as LuaTable;
    public LuaFunction? AsFunction => Obj as LuaFunction;

    // The tags and the sealed classes are single compares; LuaFunction, whose subclasses are many,
    // is the one test that walks a hierarchy, so it comes after them.
    public LuaType Type
    {
        get
        {
            var o = Obj;
            if (o is null) return LuaType.Nil;
            if (ReferenceEquals(o, NumberTag)) return LuaType.Number;
            if (o is LuaString) return LuaType.String;
            if (o is LuaTable) return LuaType.Table;
            if (ReferenceEquals(o, TrueTag) || ReferenceEquals(o, FalseTag)) return LuaType.Boolean;
            if (o is LuaFunction) return LuaType.Function;
            return o is LuaUserData ? LuaType.UserData : LuaType.Thread;
        }
    }

    /// <summary>The name <c>type()</c> returns for this value.</summary>
    public string TypeName => LuaTypes.Name(Type);

    /// <summary>Raw equality (no metamethods): numbers by value, strings by content, the rest by reference.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool RawEquals(LuaValue other)
    {
        if (ReferenceEquals(Obj, other.Obj))
            return !ReferenceEquals(Obj, NumberTag) || Num == other.Num;
        return Obj is LuaString a && other.Obj is LuaString b && a.Equals(b);
    }

    public bool Equals(LuaValue other) => RawEquals(other);
    public override bool Equals(object? obj) => obj is LuaValue v && RawEquals(v);
    public override int GetHashCode() => ReferenceEquals(Obj, NumberTag) ? Num.GetHashCode() : Obj?.GetHashCode() ?? 0;
    public static bool operator ==(LuaValue a, LuaValue b) => a.RawEquals(b);
    public static bool operator !=(LuaValue a, LuaValue b) => !a.RawEquals(b);

    /// <summary>Debug rendering, the way <c>tostring</c> shows plain values.</summary>
    public override string ToString() => LuaConvert.ToDisplayString(this);
}

/// <summary>The eight types of Lua 5.1.</summary>
public enum LuaType
{
    Nil,
    Boolean,
    Number,
    String,
    Table,
    Function,
    UserData,
    Thread,
}

/// <summary>Names of <see cref="LuaType"/> as <c>type()</c> spells them.</summary>
public static class LuaTypes
{
    public static string Name(LuaType t) => t switch
    {
        LuaType.Nil => "nil",
        LuaType.Boolean => "boolean",
        LuaType.Number => "number",
        LuaType.String => "string",
        LuaType.Table => "table",
        LuaType.Function => "function",
        LuaType.UserData => "userdata",
        _ => "thread",
    };
}

/// <summary>A full userdata: an opaque host object with an optional metatable.</summary>
public class LuaUserData(object? payload)
{
    public object? Payload { get; } = payload;
    public LuaTable? Metatable { get; set; }
}
