using System.Reflection.Emit;
using LuaIL.Compiler.Prototypes;
using R = LuaIL.Compiler.Emit.RuntimeMembers;

namespace LuaIL.Compiler.Emit.Lowering;

/// <summary>Where a closure class keeps its string constants, as values and as <c>LuaString</c>s (for keyed access).</summary>
/// <remarks>
/// The first <see cref="FieldLimit"/> are static readonly fields, which the JIT treats as constants;
/// the rest go into two static arrays, because a type may have at most 65,535 fields and a chunk
/// may have far more constants (a generated 70,000-entry table constructor, say).
/// </remarks>
internal sealed class StringConstants
{
    private const int FieldLimit = 256;

    private readonly CompilationProto _proto;
    private readonly EmittedField?[] _values;
    private readonly EmittedField?[] _strings;
    private readonly EmittedField? _valueArray;
    private readonly EmittedField? _stringArray;

    public StringConstants(CompilationProto proto, ITypeEmitter type)
    {
        _proto = proto;
        _values = new EmittedField?[proto.Constants.Count];
        _strings = new EmittedField?[proto.Constants.Count];
        int fields = 0;
        for (int i = 0; i < proto.Constants.Count; i++)
        {
            if (!proto.Constants[i].IsString) continue;
            if (fields++ < FieldLimit)
            {
                _values[i] = type.DefineField($"k{i}", R.Value, isStatic: true);
                _strings[i] = type.DefineField($"s{i}", R.String, isStatic: true);
            }
            else if (_valueArray is null)
            {
                _valueArray = type.DefineField("k_more", R.ValueArray, isStatic: true);
                _stringArray = type.DefineField("s_more", R.StringArray, isStatic: true);
            }
        }
    }

    public bool IsString(int index) => (uint)index < (uint)_values.Length && _proto.Constants[index].IsString;

    /// <summary>Pushes string constant <paramref name="index"/> as a <c>LuaValue</c>.</summary>
    public void LoadValue(IILEmitter il, int index) => Load(il, index, _values[index], _valueArray, R.Value);

    /// <summary>Pushes string constant <paramref name="index"/> as a <c>LuaString</c>.</summary>
    public void LoadString(IILEmitter il, int index) => Load(il, index, _strings[index], _stringArray, R.String);

    private static void Load(IILEmitter il, int index, EmittedField? field, EmittedField? array, Type element)
    {
        if (field is not null)
        {
            il.Emit(OpCodes.Ldsfld, field);
            return;
        }
        il.Emit(OpCodes.Ldsfld, array!);
        il.Emit(OpCodes.Ldc_I4, index);
        il.Emit(OpCodes.Ldelem, element);
    }

    /// <summary>Type-initializer code that creates every string constant once (bytes travel as Latin-1 <c>ldstr</c>).</summary>
    public void EmitInitialization(IILEmitter il)
    {
        if (_valueArray is not null)
        {
            il.Emit(OpCodes.Ldc_I4, _values.Length);
            il.Emit(OpCodes.Newarr, R.Value);
            il.Emit(OpCodes.Stsfld, _valueArray);
            il.Emit(OpCodes.Ldc_I4, _values.Length);
            il.Emit(OpCodes.Newarr, R.String);
            il.Emit(OpCodes.Stsfld, _stringArray!);
        }
        var temp = il.DeclareLocal(R.String);
        for (int i = 0; i < _values.Length; i++)
        {
            if (!IsString(i)) continue;
            il.Emit(OpCodes.Ldstr, Latin1(_proto.Constants[i].String!));
            il.Emit(OpCodes.Call, R.StringIntern);
            il.Emit(OpCodes.Stloc, temp);
            Store(il, i, _strings[i], _stringArray, R.String, () => il.Emit(OpCodes.Ldloc, temp));
            Store(il, i, _values[i], _valueArray, R.Value, () =>
            {
                il.Emit(OpCodes.Ldloc, temp);
                il.Emit(OpCodes.Newobj, R.ValueFromString);
            });
        }
    }

    private static void Store(IILEmitter il, int index, EmittedField? field, EmittedField? array, Type element, Action value)
    {
        if (field is not null)
        {
            value();
            il.Emit(OpCodes.Stsfld, field);
            return;
        }
        il.Emit(OpCodes.Ldsfld, array!);
        il.Emit(OpCodes.Ldc_I4, index);
        value();
        il.Emit(OpCodes.Stelem, element);
    }

    /// <summary>Bytes as a .NET string of chars 0..255, the form <c>ldstr</c> carries them in.</summary>
    public static string Latin1(byte[] s) => string.Create(s.Length, s, static (span, b) =>
    {
        for (int i = 0; i < b.Length; i++) span[i] = (char)b[i];
    });
}
