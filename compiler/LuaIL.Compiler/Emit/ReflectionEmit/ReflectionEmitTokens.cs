using System.Reflection;
using System.Reflection.Emit;

namespace LuaIL.Compiler.Emit.ReflectionEmit;

/// <summary>
/// The module's metadata tokens of the members, types and strings its IL refers to, looked up once each.
/// </summary>
/// <remarks>
/// <c>ILGenerator.Emit(op, member)</c> asks the runtime's metadata emitter for the token on every
/// instruction; in the profile of compiling a 20-line script that was a third of the time for fields,
/// and again a third for calls. Emitting the cached token with <c>Emit(op, int)</c> writes the same
/// bytes. For a field, type or string operand the generator's max-stack tracking is unchanged too:
/// those opcodes have a fixed stack effect. A call's effect comes from the callee's signature, which
/// <c>Emit(op, int)</c> cannot see; <see cref="TryEmitCall"/> hands the generator that effect itself,
/// through the method <c>Emit(op, MethodInfo)</c> uses for it, so the max stack comes out the same.
/// </remarks>
internal sealed class ReflectionEmitTokens(ModuleBuilder module, bool cacheCalls = true)
{
    private readonly Dictionary<FieldInfo, int> _fields = [];
    private readonly Dictionary<Type, int> _types = [];
    private readonly Dictionary<string, int> _strings = new(StringComparer.Ordinal);
    private readonly Dictionary<(MethodBase, short), (int Token, int StackChange)> _calls = [];

    /// <summary>True once a generator's stack tracking was found, so that call tokens are cached.</summary>
    public static bool CanCacheCalls => StackTracking.Found;

    public int Field(FieldInfo field)
    {
        if (!_fields.TryGetValue(field, out int token)) _fields[field] = token = module.GetFieldMetadataToken(field);
        return token;
    }

    public int Type(Type type)
    {
        if (!_types.TryGetValue(type, out int token)) _types[type] = token = module.GetTypeMetadataToken(type);
        return token;
    }

    public int String(string value)
    {
        if (!_strings.TryGetValue(value, out int token)) _strings[value] = token = module.GetStringMetadataToken(value);
        return token;
    }

    /// <summary><c>call</c>, <c>callvirt</c> or <c>newobj</c> of the runtime's <paramref name="method"/> with a cached token; false when the generator's stack tracking cannot be reached (the caller emits it the ordinary way).</summary>
    public bool TryEmitCall(ILGenerator il, OpCode op, MethodBase method)
    {
        if (!cacheCalls || StackTracking.For(il) is not { } update) return false;
        if (op.Value != OpCodes.Call.Value && op.Value != OpCodes.Callvirt.Value && op.Value != OpCodes.Newobj.Value) return false;
        // The generated classes' own methods: their tokens are at hand already, and their parameters cannot be asked before the type is created.
        if (method is MethodBuilder or ConstructorBuilder) return false;
        if (!_calls.TryGetValue((method, op.Value), out var call))
        {
            int token = method is ConstructorInfo c ? module.GetMethodMetadataToken(c) : module.GetMethodMetadataToken((MethodInfo)method);
            _calls[(method, op.Value)] = call = (token, StackChange(op, method));
        }
        il.Emit(op, call.Token);
        update(il, op, call.StackChange);
        return true;
    }

    /// <summary>What <c>Emit(op, MethodInfo)</c> and <c>Emit(op, ConstructorInfo)</c> add to the opcode's own stack effect (0 for these opcodes, +1 for newobj).</summary>
    private static int StackChange(OpCode op, MethodBase method)
    {
        int parameters = method.GetParameters().Length;
        if (method is ConstructorInfo)
            // As the generator counts it: a constructor call pushes (conservatively) and never pops 'this'.
            return (op.StackBehaviourPush == StackBehaviour.Varpush ? 1 : 0) - (op.StackBehaviourPop == StackBehaviour.Varpop ? parameters : 0);
        int change = ((MethodInfo)method).ReturnType == typeof(void) ? 0 : 1;
        change -= parameters;
        if (!method.IsStatic && op.Value != OpCodes.Newobj.Value) change--;
        return change;
    }

    /// <summary>The generator's own stack-depth update, which <c>Emit(op, MethodInfo)</c> calls after writing a call.</summary>
    /// <remarks>
    /// It is private to the runtime's generator class, so it is looked up by reflection on the first
    /// generator compiled code hands in. Naming that class instead (<c>Assembly.GetType</c>, or an
    /// <c>UnsafeAccessor</c> with <c>UnsafeAccessorType</c>) woke the runtime's type-name parser:
    /// 8 ms of a one-line script's 36 ms in-process, against 0.7 ms this way.
    /// </remarks>
    private static class StackTracking
    {
        /// <summary>What the probe found: the generator class and its update, or neither.</summary>
        private sealed record Probed(Type? Generator, Action<ILGenerator, OpCode, int>? Update);

        private static Probed? s_probed;

        public static bool Found => s_probed?.Update is not null;

        /// <summary>The depth update for <paramref name="il"/>, or null to emit calls the ordinary way.</summary>
        public static Action<ILGenerator, OpCode, int>? For(ILGenerator il)
        {
            var probed = Volatile.Read(ref s_probed);
            if (probed is null) Volatile.Write(ref s_probed, probed = Probe(il));
            return il.GetType() == probed.Generator ? probed.Update : null;
        }

        // A runtime without this member (another version, another runtime) gets the ordinary, slower emission.
        // A nop changes no depth, so trying the update on a generator in use leaves its IL and max stack as they were.
        private static Probed Probe(ILGenerator il)
        {
            var generator = il.GetType();
            var method = generator.GetMethod("UpdateStackSize", BindingFlags.NonPublic | BindingFlags.Instance, [typeof(OpCode), typeof(int)]);
            if (method is null || method.ReturnType != typeof(void)) return new Probed(null, null);
            try
            {
                var bind = typeof(StackTracking).GetMethod(nameof(Bind), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(generator);
                var update = (Action<ILGenerator, OpCode, int>)bind.Invoke(null, [method])!;
                update(il, OpCodes.Nop, 0);
                return new Probed(generator, update);
            }
            catch (Exception e) when (e is ArgumentException or MemberAccessException or TargetInvocationException or NotSupportedException)
            {
                return new Probed(null, null);
            }
        }

        // A delegate over the base class cannot bind to a method of the derived one; one typed by the
        // generator class can, and the cast in between is the only cost.
        private static Action<ILGenerator, OpCode, int> Bind<TGenerator>(MethodInfo method) where TGenerator : ILGenerator
        {
            var update = method.CreateDelegate<Action<TGenerator, OpCode, int>>();
            return (il, op, change) => update((TGenerator)il, op, change);
        }
    }
}
