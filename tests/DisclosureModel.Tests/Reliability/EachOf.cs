using CsCheck;

namespace DisclosureModel.Tests.Reliability;

/// <summary>One value from each of several generators, in order (shared by the report generators of both test projects).</summary>
internal sealed class EachOf<T>(Gen<T>[] gens) : Gen<T[]>
{
    public override T[] Generate(PCG pcg, Size? min, out Size size)
    {
        var values = new T[gens.Length];
        ulong total = 0;
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = gens[i].Generate(pcg, null, out var one);
            total += one.I;
        }

        size = new Size(total);
        return values;
    }
}
