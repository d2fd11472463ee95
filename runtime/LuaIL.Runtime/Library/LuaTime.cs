using System.Text;

namespace LuaIL.Runtime;

/// <summary>A broken-down time as C's <c>struct tm</c>, with a full (not 1900-based) year and a 1-based month.</summary>
/// <param name="Wday">0 = Sunday.</param>
/// <param name="Yday">0 = January 1st.</param>
/// <param name="Offset">Seconds east of UTC.</param>
public readonly record struct LuaBrokenTime(long Year, int Month, int Day, int Hour, int Min, int Sec, int Wday, int Yday,
    bool IsDst, int Offset, string Zone);

/// <summary>C's <c>gmtime</c>, <c>localtime</c>, <c>mktime</c> and <c>strftime</c> (C locale, glibc) over any year, in the host's local time zone.</summary>
/// <remarks>
/// Civil dates use the proleptic Gregorian calendar for every year, as glibc does. The zone's
/// offset comes from <see cref="TimeZoneInfo.Local"/> where .NET knows it (years 1..9999) and
/// from its base offset outside that range.
/// </remarks>
public static class LuaTime
{
    private const long MinDto = -62135596800, MaxDto = 253402300799;

    /// <summary>gmtime (<paramref name="utc"/>) or localtime of <paramref name="t"/>; null when the year does not fit C's int.</summary>
    public static LuaBrokenTime? Breakdown(long t, bool utc)
    {
        int offset = 0;
        bool dst = false;
        string zone = "GMT";
        if (!utc)
        {
            (offset, dst) = LocalOffset(t);
            zone = ZoneName(dst, offset);
        }
        long local = t + offset;
        long days = FloorDiv(local, 86400);
        long secs = local - days * 86400;
        var (year, month, day) = CivilFromDays(days);
        if (year - 1900 > int.MaxValue || year - 1900 < int.MinValue) return null;
        int wday = (int)FloorMod(days + 4, 7); // 1970-01-01 was a Thursday
        int yday = (int)(days - DaysFromCivil(year, 1, 1));
        return new LuaBrokenTime(year, month, day, (int)(secs / 3600), (int)(secs / 60 % 60), (int)(secs % 60), wday, yday, dst, offset, zone);
    }

    /// <summary>C's <c>mktime</c>: normalises out-of-range fields and reads them as local time; <paramref name="isDst"/> is -1 (let the zone decide), 0 or 1.</summary>
    public static long MakeTime(long year, long month, long day, long hour, long min, long sec, int isDst)
    {
        long m0 = month - 1;
        year += FloorDiv(m0, 12);
        long days = DaysFromCivil(year, (int)FloorMod(m0, 12) + 1, 1) + day - 1;
        long local = days * 86400 + hour * 3600 + min * 60 + sec;
        long t = local - LocalOffset(local).Offset;
        var (offset, dst) = LocalOffset(t);
        t = local - offset;
        if (isDst >= 0 && (isDst > 0) != dst)
        {
            // The caller insists on (no) daylight time: glibc shifts by the zone's DST delta, an hour in a zone without DST.
            var rule = TimeZoneInfo.Local.GetAdjustmentRules().LastOrDefault();
            long delta = rule is null || rule.DaylightDelta == TimeSpan.Zero ? 3600 : (long)rule.DaylightDelta.TotalSeconds;
            t += isDst > 0 ? -delta : delta;
        }
        return t;
    }

    private static (int Offset, bool Dst) LocalOffset(long t)
    {
        var zone = TimeZoneInfo.Local;
        if (t < MinDto || t > MaxDto) return ((int)zone.BaseUtcOffset.TotalSeconds, false);
        var instant = DateTimeOffset.FromUnixTimeSeconds(t);
        return ((int)zone.GetUtcOffset(instant).TotalSeconds, zone.IsDaylightSavingTime(instant));
    }

    private static string ZoneName(bool dst, int offset)
    {
        var zone = TimeZoneInfo.Local;
        var name = dst ? zone.DaylightName : zone.StandardName;
        // tzdata abbreviations are short (CET, EST); .NET may give long display names instead.
        if (name.Length is > 0 and <= 6 && !name.Contains(' ')) return name;
        if (offset == 0) return "UTC";
        int a = Math.Abs(offset) / 60;
        return (offset < 0 ? "-" : "+") + (a / 60).ToString("00") + (a % 60 == 0 ? "" : (a % 60).ToString("00"));
    }

    // Howard Hinnant's days_from_civil / civil_from_days: exact for every year.
    public static long DaysFromCivil(long y, int m, int d)
    {
        y -= m <= 2 ? 1 : 0;
        long era = FloorDiv(y, 400);
        long yoe = y - era * 400;
        long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097 + doe - 719468;
    }

    public static (long Year, int Month, int Day) CivilFromDays(long z)
    {
        z += 719468;
        long era = FloorDiv(z, 146097);
        long doe = z - era * 146097;
        long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        int d = (int)(doy - (153 * mp + 2) / 5 + 1);
        int m = (int)(mp < 10 ? mp + 3 : mp - 9);
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d);
    }

    private static long FloorDiv(long a, long b) => a / b - ((a % b != 0 && (a < 0) != (b < 0)) ? 1 : 0);
    private static long FloorMod(long a, long b) => a - FloorDiv(a, b) * b;

    private static readonly string[] Days = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
    private static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>glibc's <c>strftime</c> of the two-character format <c>%c</c> in the C locale (what 5.1's <c>os.date</c> calls per conversion).</summary>
    /// <remarks>Unknown conversions, flags and modifiers come out as written; a width digit pads that text with spaces, as glibc does.</remarks>
    public static void Format(StringBuilder sb, byte c, in LuaBrokenTime tm)
    {
        long y = tm.Year;
        switch ((char)c)
        {
            case 'a': sb.Append(Days[tm.Wday], 0, 3); break;
            case 'A': sb.Append(Days[tm.Wday]); break;
            case 'b' or 'h': sb.Append(Months[tm.Month - 1], 0, 3); break;
            case 'B': sb.Append(Months[tm.Month - 1]); break;
            case 'c':
                Format(sb, (byte)'a', tm);
                sb.Append(' ');
                Format(sb, (byte)'b', tm);
                sb.Append(' ');
                Format(sb, (byte)'e', tm);
                sb.Append(' ');
                Format(sb, (byte)'T', tm);
                sb.Append(' ').Append(y);
                break;
            case 'C': sb.Append(FloorDiv(y, 100)); break;
            case 'd': Pad(sb, tm.Day, 2, '0'); break;
            case 'D' or 'x': Compose(sb, "m/d/y", tm); break;
            case 'e': Pad(sb, tm.Day, 2, ' '); break;
            case 'F':
                sb.Append(y).Append('-');
                Compose(sb, "m-d", tm);
                break;
            case 'g': Pad(sb, FloorMod(IsoYear(tm, out _), 100), 2, '0'); break;
            case 'G': sb.Append(IsoYear(tm, out _)); break;
            case 'H': Pad(sb, tm.Hour, 2, '0'); break;
            case 'I': Pad(sb, Hour12(tm.Hour), 2, '0'); break;
            case 'j': Pad(sb, tm.Yday + 1, 3, '0'); break;
            case 'k': Pad(sb, tm.Hour, 2, ' '); break;
            case 'l': Pad(sb, Hour12(tm.Hour), 2, ' '); break;
            case 'm': Pad(sb, tm.Month, 2, '0'); break;
            case 'M': Pad(sb, tm.Min, 2, '0'); break;
            case 'n': sb.Append('\n'); break;
            case 'p': sb.Append(tm.Hour < 12 ? "AM" : "PM"); break;
            case 'P': sb.Append(tm.Hour < 12 ? "am" : "pm"); break;
            case 'r':
                Compose(sb, "I:M:S ", tm);
                Format(sb, (byte)'p', tm);
                break;
            case 'R': Compose(sb, "H:M", tm); break;
            // %s is mktime of the fields read as local time, even for a UTC breakdown.
            case 's': sb.Append(MakeTime(y, tm.Month, tm.Day, tm.Hour, tm.Min, tm.Sec, -1)); break;
            case 'S': Pad(sb, tm.Sec, 2, '0'); break;
            case 't': sb.Append('\t'); break;
            case 'T' or 'X': Compose(sb, "H:M:S", tm); break;
            case 'u': sb.Append(tm.Wday == 0 ? 7 : tm.Wday); break;
            case 'U': Pad(sb, (tm.Yday + 7 - tm.Wday) / 7, 2, '0'); break;
            case 'V':
                IsoYear(tm, out int week);
                Pad(sb, week, 2, '0');
                break;
            case 'w': sb.Append(tm.Wday); break;
            case 'W': Pad(sb, (tm.Yday + 7 - (tm.Wday + 6) % 7) / 7, 2, '0'); break;
            case 'y': Pad(sb, FloorMod(y, 100), 2, '0'); break;
            case 'Y': sb.Append(y); break;
            case 'z':
            {
                int a = Math.Abs(tm.Offset) / 60;
                sb.Append(tm.Offset < 0 ? '-' : '+');
                Pad(sb, a / 60 * 100 + a % 60, 4, '0');
                break;
            }
            case 'Z': sb.Append(tm.Zone); break;
            case '%': sb.Append('%'); break;
            case >= '1' and <= '9':
                // A width with no conversion: glibc writes the spec itself, padded to that width.
                sb.Append(' ', Math.Max(0, c - '0' - 2)).Append('%').Append((char)c);
                break;
            default: sb.Append('%').Append((char)c); break;
        }
    }

    private static void Compose(StringBuilder sb, string spec, in LuaBrokenTime tm)
    {
        foreach (char ch in spec)
        {
            if (char.IsLetter(ch)) Format(sb, (byte)ch, tm);
            else sb.Append(ch);
        }
    }

    private static int Hour12(int h) => h % 12 == 0 ? 12 : h % 12;

    private static void Pad(StringBuilder sb, long v, int width, char pad)
    {
        var s = v.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (s.Length < width) sb.Append(pad, width - s.Length);
        sb.Append(s);
    }

    // ISO 8601 week-based year and week (glibc's iso_week_days).
    private static long IsoYear(in LuaBrokenTime tm, out int week)
    {
        long year = tm.Year;
        int days = IsoWeekDays(tm.Yday, tm.Wday);
        if (days < 0)
        {
            year--;
            days = IsoWeekDays(tm.Yday + (IsLeap(year) ? 366 : 365), tm.Wday);
        }
        else
        {
            int d = IsoWeekDays(tm.Yday - (IsLeap(year) ? 366 : 365), tm.Wday);
            if (d >= 0)
            {
                year++;
                days = d;
            }
        }
        week = days / 7 + 1;
        return year;
    }

    // Days since the Monday of ISO week 1 of the year whose day-of-year is yday (may be negative).
    private static int IsoWeekDays(int yday, int wday)
    {
        const int bigEnoughMultipleOf7 = (366 / 7 + 2) * 7;
        return yday - (yday - wday + 4 + bigEnoughMultipleOf7) % 7 + 3;
    }

    private static bool IsLeap(long y) => y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
}
