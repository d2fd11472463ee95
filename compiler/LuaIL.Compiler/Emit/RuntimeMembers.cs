using System.Collections.Concurrent;
using System.Reflection;
using LuaIL.Runtime;

namespace LuaIL.Compiler.Emit;

/// <summary>Every runtime member the generated code refers to, found once by reflection: the compiler's only coupling to the runtime.</summary>
internal static class RuntimeMembers
{
    private const BindingFlags Public = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static;

    public static readonly Type Value = typeof(LuaValue);
    public static readonly Type String = typeof(LuaString);
    public static readonly Type ValueArray = typeof(LuaValue[]);
    public static readonly Type StringArray = typeof(LuaString[]);
    public static readonly Type Span = typeof(ReadOnlySpan<LuaValue>);
    public static readonly Type State = typeof(LuaState);
    public static readonly Type Cell = typeof(LuaCell);
    public static readonly Type Function = typeof(LuaFunction);
    public static readonly Type Closure = typeof(LuaClosure);
    public static readonly Type CallFrame = typeof(CallFrame);
    public static readonly Type ProtoInfo = typeof(LuaProtoInfo);
    public static readonly Type HeapFrame = typeof(LuaFrame);
    public static readonly Type CellArray = typeof(LuaCell[]);

    public static readonly ConstructorInfo ValueFromNumber = typeof(LuaValue).GetConstructor([typeof(double)])!;
    public static readonly ConstructorInfo ValueFromString = typeof(LuaValue).GetConstructor([typeof(LuaString)])!;
    public static readonly ConstructorInfo SpanCtor = Span.GetConstructor([typeof(LuaValue[]), typeof(int), typeof(int)])!;
    public static readonly ConstructorInfo SpanOfArray = Span.GetConstructor([typeof(LuaValue[])])!;
    public static readonly MethodInfo SpanLength = Span.GetProperty(nameof(ReadOnlySpan<LuaValue>.Length))!.GetMethod!;
    public static readonly ConstructorInfo CellCtor = typeof(LuaCell).GetConstructor(Type.EmptyTypes)!;
    public static readonly ConstructorInfo CellCtorWithValue = typeof(LuaCell).GetConstructor([typeof(LuaValue)])!;
    public static readonly ConstructorInfo ClosureCtor = typeof(LuaClosure).GetConstructor(BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.Instance, Type.EmptyTypes)!;
    public static readonly ConstructorInfo ProtoInfoCtor = typeof(LuaProtoInfo).GetConstructor([typeof(string), typeof(string), typeof(int), typeof(int), typeof(string)])!;

    public static readonly FieldInfo Nil = Field(typeof(LuaValue), nameof(LuaValue.Nil));
    public static readonly FieldInfo ValueObj = Field(typeof(LuaValue), nameof(LuaValue.Obj));
    public static readonly FieldInfo NumberTag = Field(typeof(LuaValue), nameof(LuaValue.NumberTag));
    public static readonly MethodInfo KeepAlive = Method(typeof(GC), nameof(GC.KeepAlive));
    public static readonly MethodInfo BitsToDouble = Method(typeof(BitConverter), nameof(BitConverter.Int64BitsToDouble));
    public static readonly MethodInfo DoubleToBits = Method(typeof(BitConverter), nameof(BitConverter.DoubleToInt64Bits));
    public static readonly FieldInfo True = Field(typeof(LuaValue), nameof(LuaValue.True));
    public static readonly FieldInfo False = Field(typeof(LuaValue), nameof(LuaValue.False));
    public static readonly FieldInfo ValueNum = Field(typeof(LuaValue), nameof(LuaValue.Num));
    public static readonly MethodInfo IteratorStep = Method(typeof(LuaBaseLibrary), nameof(LuaBaseLibrary.IteratorStep));
    public static readonly FieldInfo SelectFunction = Field(typeof(LuaBaseLibrary), nameof(LuaBaseLibrary.SelectFunction));
    public static readonly FieldInfo YieldFunction = Field(typeof(LuaCoroutineLibrary), nameof(LuaCoroutineLibrary.Yield));
    public static readonly MethodInfo YieldOne = Method(typeof(LuaCoroutineLibrary), nameof(LuaCoroutineLibrary.YieldOne));
    public static readonly MethodInfo YieldNone = Method(typeof(LuaCoroutineLibrary), nameof(LuaCoroutineLibrary.YieldNone));
    public static readonly FieldInfo CellValue = Field(typeof(LuaCell), nameof(LuaCell.Value));
    public static readonly MethodInfo StoreInto = Method(typeof(LuaValue), nameof(LuaValue.StoreInto));
    public static readonly FieldInfo Env = Field(typeof(LuaClosure), nameof(LuaClosure.Env));
    public static readonly FieldInfo Depth = Field(typeof(LuaState), nameof(LuaState.Depth));
    public static readonly FieldInfo DepthCheckpoint = Field(typeof(LuaState), nameof(LuaState.DepthCheckpoint));
    public static readonly FieldInfo Frames = Field(typeof(LuaState), nameof(LuaState.Frames));
    public static readonly FieldInfo Top = Field(typeof(LuaState), nameof(LuaState.Top));
    public static readonly FieldInfo NRet = Field(typeof(LuaState), nameof(LuaState.NRet));
    public static readonly FieldInfo Interrupt = Field(typeof(LuaState), nameof(LuaState.Interrupt));
    public static readonly FieldInfo InterruptPending = Field(typeof(LuaInterrupt), nameof(LuaInterrupt.Pending));
    public static readonly MethodInfo HandleInterrupt = Method(typeof(LuaInterrupt), nameof(LuaInterrupt.Handle));
    public static readonly FieldInfo Yielding = Field(typeof(LuaState), nameof(LuaState.Yielding));
    public static readonly FieldInfo TailCallee = Field(typeof(LuaState), nameof(LuaState.TailCallee));
    public static readonly FieldInfo HeapFrameRegs = Field(typeof(LuaFrame), nameof(LuaFrame.Regs));
    public static readonly FieldInfo HeapFrameCells = Field(typeof(LuaFrame), nameof(LuaFrame.Cells));
    public static readonly FieldInfo HeapFrameVarargs = Field(typeof(LuaFrame), nameof(LuaFrame.Varargs));
    public static readonly FieldInfo HeapFramePc = Field(typeof(LuaFrame), nameof(LuaFrame.Pc));
    public static readonly FieldInfo FrameFunction = Field(typeof(CallFrame), nameof(Runtime.CallFrame.Function));
    public static readonly FieldInfo FrameSite = Field(typeof(CallFrame), nameof(Runtime.CallFrame.Site));

    public static readonly MethodInfo CheckDepth = Method(typeof(LuaState), nameof(LuaState.CheckDepth));
    public static readonly MethodInfo Reserve = Method(typeof(LuaState), nameof(LuaState.Reserve));
    public static readonly MethodInfo Return0 = Method(typeof(LuaState), nameof(LuaState.Return0));
    public static readonly MethodInfo Return1 = Method(typeof(LuaState), nameof(LuaState.Return1));
    public static readonly MethodInfo Return2 = Method(typeof(LuaState), nameof(LuaState.Return2));
    public static readonly MethodInfo Return3 = Method(typeof(LuaState), nameof(LuaState.Return3));
    public static readonly MethodInfo ReturnMany = Method(typeof(LuaState), nameof(LuaState.ReturnMany));
    public static readonly MethodInfo StringFromLatin1 = Method(typeof(LuaString), nameof(LuaString.FromLatin1));
    public static readonly MethodInfo StringIntern = Method(typeof(LuaString), nameof(LuaString.Intern));
    public static readonly MethodInfo BinaryChunkGetter = typeof(LuaClosure).GetProperty(nameof(LuaClosure.BinaryChunk))!.GetMethod!;
    public static readonly MethodInfo SliceBinaryChunk = Method(typeof(LuaClosure), nameof(LuaClosure.SliceBinaryChunk));
    public static readonly MethodInfo InfoGetter = typeof(LuaClosure).GetProperty(nameof(LuaClosure.Info))!.GetMethod!;

    /// <summary><c>Invoke(L)</c>, <c>Invoke(L, a)</c>, … <c>Invoke(L, a, b, c)</c> by argument count.</summary>
    public static readonly MethodInfo[] InvokeFixed =
    [
        Invoke(typeof(LuaState)),
        Invoke(typeof(LuaState), typeof(LuaValue)),
        Invoke(typeof(LuaState), typeof(LuaValue), typeof(LuaValue)),
        Invoke(typeof(LuaState), typeof(LuaValue), typeof(LuaValue), typeof(LuaValue)),
    ];

    public static readonly MethodInfo InvokeSpan = Invoke(typeof(LuaState), typeof(ReadOnlySpan<LuaValue>));
    public static readonly MethodInfo InvokeResumable = typeof(LuaFunction).GetMethod(nameof(LuaFunction.InvokeResumable))!;
    public static readonly MethodInfo Resume = typeof(LuaClosure).GetMethod(nameof(LuaClosure.Resume))!;
    public static readonly MethodInfo ResumeChild = Method(typeof(LuaFrame), nameof(LuaFrame.ResumeChild));
    public static readonly MethodInfo Suspend = Method(typeof(LuaFrame), nameof(LuaFrame.Suspend));
    public static readonly MethodInfo AcquireFrame = Method(typeof(LuaState), nameof(LuaState.AcquireFrame));
    public static readonly MethodInfo ReleaseFrame = Method(typeof(LuaState), nameof(LuaState.ReleaseFrame));
    public static readonly MethodInfo CompleteTailCalls = Method(typeof(LuaFrame), nameof(LuaFrame.CompleteTailCalls));
    public static readonly MethodInfo DeferTailCall = Method(typeof(LuaState), nameof(LuaState.DeferTailCall));
    public static readonly MethodInfo ArgumentSlot = Method(typeof(LuaArgumentBuffer), nameof(LuaArgumentBuffer.Slot));
    public static readonly MethodInfo ArgumentSpan = Method(typeof(LuaArgumentBuffer), nameof(LuaArgumentBuffer.Span));
    public static readonly MethodInfo NoteTailCall = Method(typeof(LuaState), nameof(LuaState.NoteTailCall));

    public static MethodInfo Op(string name) => Method(typeof(LuaOps), name);

    public static MethodInfo Support(string name) => Method(typeof(LuaCodeSupport), name);

    public static MethodInfo Varargs(string name) => Method(typeof(LuaVarargs), name);

    public static MethodInfo CallSiteClass(string name) => Method(typeof(LuaCallSiteClass), name);

    public static readonly MethodInfo RunScript = Method(typeof(LuaScriptHost), nameof(LuaScriptHost.RunMain));

    /// <summary>The compiler's own chunk loader, which executables plug into their state.</summary>
    public static readonly FieldInfo CompilerChunkLoader = typeof(LuaChunkLoader).GetField(nameof(LuaChunkLoader.Permanent))!;

    private static MethodInfo Invoke(params Type[] types) => typeof(LuaFunction).GetMethod(nameof(LuaFunction.Invoke), types)!;

    private static FieldInfo Field(Type t, string name) => t.GetField(name, Public) ?? throw new MissingFieldException(t.Name, name);

    private static MethodInfo Method(Type t, string name)
        => MethodCache.Methods.GetOrAdd((t, name), static key => key.Item1.GetMethods(Public).Single(m => m.Name == key.Item2 && !m.IsGenericMethodDefinition));

    // Lowering asks for the same few dozen helpers by name for every instruction; a reflection scan
    // each time was a tenth of a 5,000-line build. A nested class, so it exists before the fields above are set.
    private static class MethodCache
    {
        public static readonly ConcurrentDictionary<(Type, string), MethodInfo> Methods = new();
    }
}
