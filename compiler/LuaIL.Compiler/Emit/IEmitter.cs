using System.Reflection;
using System.Reflection.Emit;

namespace LuaIL.Compiler.Emit;

// The small surface the lowering writes through. One lowering, two implementations: Cecil (an
// assembly and portable PDB on disk) and Reflection.Emit (collectible, in memory). Opcodes are
// System.Reflection.Emit's; the Cecil side maps them by value.

/// <summary>Defines the generated closure classes of one compilation.</summary>
public interface IAssemblyEmitter
{
    /// <summary>A sealed class deriving from <see cref="Runtime.LuaClosure"/>, nested in <paramref name="enclosing"/> when given.</summary>
    ITypeEmitter DefineClosureType(string name, ITypeEmitter? enclosing);

    /// <summary>True when closure classes should carry their binary chunk (for <c>string.dump</c> where no compiler registry knows them).</summary>
    bool EmbedsBinaryChunks { get; }

    /// <summary>A static class with <c>Main(string[])</c> running <paramref name="chunk"/> as a script; for executables.</summary>
    void DefineEntryPoint(ITypeEmitter chunk, string scriptName);
}

/// <summary>One generated class.</summary>
public interface ITypeEmitter
{
    EmittedField DefineField(string name, Type type, bool isStatic);

    /// <summary>A writable static field (an <c>int</c> unless <paramref name="type"/> says otherwise): a site's inline cache, read and updated by the generated code.</summary>
    EmittedField DefineCacheSlot(string name, Type? type = null);

    /// <summary>The public parameterless constructor (calls the base constructor).</summary>
    EmittedMethod Constructor { get; }

    /// <summary>An override of <paramref name="baseMethod"/> with its signature.</summary>
    /// <param name="optimizeAtOnce">Compiled optimized at its first call (<c>AggressiveOptimization</c>) instead of tiered.</param>
    IILEmitter DefineOverride(MethodInfo baseMethod, out EmittedMethod method, bool optimizeAtOnce = false);

    /// <summary>The static constructor's body.</summary>
    IILEmitter TypeInitializer { get; }
}

/// <summary>Writes one method body.</summary>
public interface IILEmitter
{
    void Emit(OpCode op);
    void Emit(OpCode op, int value);
    void Emit(OpCode op, double value);
    void Emit(OpCode op, string value);
    void Emit(OpCode op, MethodBase method);
    void Emit(OpCode op, FieldInfo field);
    void Emit(OpCode op, Type type);
    void Emit(OpCode op, ITypeEmitter type);
    void Emit(OpCode op, EmittedField field);
    void Emit(OpCode op, EmittedMethod method);
    void Emit(OpCode op, EmittedLocal local);
    void Emit(OpCode op, EmittedLabel label);
    void LoadArgument(int index);

    /// <summary><c>switch</c>: jumps to labels[value] or falls through when out of range.</summary>
    void EmitSwitch(EmittedLabel[] labels);
    EmittedLocal DeclareLocal(Type type, string? name = null);
    EmittedLabel DefineLabel();
    void MarkLabel(EmittedLabel label);

    /// <summary>The following instructions come from <paramref name="line"/> of the Lua source.</summary>
    void MarkSequencePoint(int line);
}

/// <summary>A field of a generated class, as the emitter knows it.</summary>
public abstract class EmittedField;

/// <summary>A method or constructor of a generated class.</summary>
public abstract class EmittedMethod;

/// <summary>An IL local of the method being written.</summary>
public abstract class EmittedLocal;

/// <summary>A branch target in the method being written.</summary>
public abstract class EmittedLabel;
