using LuaIL.Runtime;
using static LuaIL.Runtime.Tests.Redis.RedisLibTestSupport;

namespace LuaIL.Runtime.Tests.Redis;

/// <summary>struct.* against values captured from Redis 7.0.15 (tests/redis/capture-lib-expectations.sh).</summary>
public class StructLibraryTests
{
    private readonly LuaState L = NewState();

    [Fact]
    public void PackIntegers()
    {
        Assert.Equal("s:\"\\xff\"", Run(L, "struct.pack", S("b"), -1));
        Assert.Equal("s:\"\\x00\\x01\"", Run(L, "struct.pack", S(">h"), 1));
        Assert.Equal("s:\"V4\\x12\"", Run(L, "struct.pack", S("<i3"), 1193046));
        // Through a 64-bit unsigned long: bytes past the eighth are zero even for -1.
        Assert.Equal("s:\"" + string.Concat(Enumerable.Repeat("\\xff", 8)) + string.Concat(Enumerable.Repeat("\\x00", 8)) + "\"", Run(L, "struct.pack", S("<i16"), -1));
        // x86-64 conversions: 2^64 wraps to 0, NaN and -2^64 give 0x8000000000000000.
        Assert.Equal("s:\"\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\"", Run(L, "struct.pack", S(">I8"), 18446744073709551616.0));
        Assert.Equal("s:\"\\x80\\x00\\x00\\x00\\x00\\x00\\x00\\x00\"", Run(L, "struct.pack", S(">I8"), NaN));
        Assert.Equal("s:\"\\x80\\x00\\x00\\x00\\x00\\x00\\x00\\x00\"", Run(L, "struct.pack", S(">i8"), -18446744073709551616.0));
        Assert.Equal("s:\"\\xfe\\xff\\xff\\xff\"", Run(L, "struct.pack", S("<i4"), -2.7));
    }

    [Fact]
    public void PackOtherOptions()
    {
        Assert.Equal("s:\"?\\xc0\\x00\\x00\"", Run(L, "struct.pack", S(">f"), 1.5));
        Assert.Equal("s:\"?\\xb9\\x99\\x99\\x99\\x99\\x99\\x9a\"", Run(L, "struct.pack", S(">d"), 0.1));
        Assert.Equal("s:\"abcde\"", Run(L, "struct.pack", S("c5"), S("abcdefg")));
        Assert.Equal("s:\"abc\"", Run(L, "struct.pack", S("c0"), S("abc")));
        Assert.Equal("s:\"hi\\x00\"", Run(L, "struct.pack", S("s"), S("hi")));
        Assert.Equal("s:\"\\x01\\x00\\x00\\x00\\x00\\x00\\x00\\x02\"", Run(L, "struct.pack", S(">!4 b i"), 1, 2));
        Assert.Equal("s:\"\\x01\\x00\\x00\\x02\\x00\\x00\\x03\\x04\\x00\\x00\"", Run(L, "struct.pack", S("!4 b i3 b i3"), 1, 2, 3, 4));
        Assert.Equal("s:\"\\x00\\x07\\x00\"", Run(L, "struct.pack", S("x b x"), 7));
        Assert.Equal("s:\"\\x01\"", Run(L, "struct.pack", S("b\0b"), 1, 2));
    }

    [Fact]
    public void PackErrors()
    {
        // The C code has already moved past the string argument when it checks its length.
        Assert.Equal("ERROR bad argument #3 to 'pack' (string too short)", Run(L, "struct.pack", S("c5"), S("ab")));
        Assert.Equal("ERROR bad argument #1 to 'pack' (invalid format option 'y')", Run(L, "struct.pack", S("y"), 1));
        // b_pack pushes a nil marker after its arguments.
        Assert.Equal("ERROR bad argument #2 to 'pack' (number expected, got nil)", Run(L, "struct.pack", S("b")));
        Assert.Equal("ERROR integral size 33 is larger than limit of 32", Run(L, "struct.pack", S("i33"), 5));
        Assert.Equal("ERROR alignment 3 is not a power of 2", Run(L, "struct.pack", S("!3 b")));
        Assert.Equal("ERROR integral size overflow", Run(L, "struct.pack", S("i99999999999"), 1));
    }

    [Fact]
    public void Unpack()
    {
        Assert.Equal("n:-1 n:2", Run(L, "struct.unpack", S("b"), S("\xff")));
        Assert.Equal("n:-2 n:3", Run(L, "struct.unpack", S(">h"), S("\xff\xfe")));
        Assert.Equal("d:43f0000000000000 n:9", Run(L, "struct.unpack", S("<L"), S(new string('\xff', 8))));
        Assert.Equal("n:-1 n:17", Run(L, "struct.unpack", S(">i16"), S(new string('\xff', 16))));
        Assert.Equal("d:4380182028303840 n:10", Run(L, "struct.unpack", S(">I9"), S("\x01\x02\x03\x04\x05\x06\x07\x08\x09")));
        Assert.Equal("n:-119 n:10", Run(L, "struct.unpack", S(">i9"), S("\xff\x02\x03\x04\x05\x06\x07\x08\x09")));
        Assert.Equal("d:3fb99999a0000000 n:5", Run(L, "struct.unpack", S(">f"), S("\x3d\xcc\xcc\xcd")));
        Assert.Equal("s:\"abc\" n:5", Run(L, "struct.unpack", S("b c0"), S("\u0003abcdef")));
        Assert.Equal("s:\"abc\" n:5", Run(L, "struct.unpack", S("c1 c0"), S("3abcd")));
        Assert.Equal("s:\"ab\" s:\"cd\" n:7", Run(L, "struct.unpack", S("s s"), S("ab\0cd\0")));
        Assert.Equal("n:99 n:4", Run(L, "struct.unpack", S("b"), S("abc"), 3));
        Assert.Equal("n:-1", Run(L, "struct.unpack", S(""), S("abc"), -1));
        Assert.Equal("n:1 n:2 n:9", Run(L, "struct.unpack", S("!4 b i"), S("\x01\0\0\0\x02\0\0\0")));
    }

    [Fact]
    public void UnpackErrors()
    {
        Assert.Equal("ERROR format 'c0' needs a previous size", Run(L, "struct.unpack", S("c0"), S("abc")));
        Assert.Equal("ERROR unfinished string in data", Run(L, "struct.unpack", S("s"), S("abc")));
        Assert.Equal("ERROR bad argument #2 to 'unpack' (data string too short)", Run(L, "struct.unpack", S("b"), S("abc"), 4));
        Assert.Equal("ERROR bad argument #3 to 'unpack' (offset must be 1 or greater)", Run(L, "struct.unpack", S("b"), S("abc"), 0));
        // 5.1's C stack limit: two arguments, the results, and two more slots must fit in 8000.
        Assert.Equal(7998, Run(L, "struct.unpack", S(new string('b', 7997)), S(new string('a', 7997))).Split(' ').Length);
        Assert.Equal("ERROR stack overflow (too many results)", Run(L, "struct.unpack", S(new string('b', 7998)), S(new string('a', 7998))));
    }

    [Fact]
    public void Size()
    {
        Assert.Equal("n:33", Run(L, "struct.size", S("b h i l d f c5 x")));
        Assert.Equal("n:16", Run(L, "struct.size", S("!8 b d")));
        Assert.Equal("ERROR bad argument #1 to 'size' (option 's' has no fixed size)", Run(L, "struct.size", S("s")));
        Assert.Equal("ERROR bad argument #1 to 'size' (option 'c0' has no fixed size)", Run(L, "struct.size", S("c0")));
        Assert.Equal("n:0", Run(L, "struct.size", S("y")));
        Assert.Equal("ERROR bad argument #1 to 'size' (invalid format option '=')", Run(L, "struct.size", S("=")));
    }
}
