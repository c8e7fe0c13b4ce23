using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace DisclosureModel.Json;

/// <summary>Registers the report's JSON shape with serializer options of your own.</summary>
public static class DisclosureJsonSerializerOptionsExtensions
{
    /// <summary>
    /// Adds the metadata of <see cref="DisclosureReport"/> (read and written by <see cref="DisclosureReportJsonConverter"/>,
    /// as the documented shape) at the front of the options' resolver chain, keeping the resolvers already there, such as
    /// an application's own source-generated context. For ASP.NET Core:
    /// <c>builder.Services.ConfigureHttpJsonOptions(o =&gt; o.SerializerOptions.AddDisclosureModel())</c>.
    /// </summary>
    /// <remarks>
    /// <para>The converter attribute on <see cref="DisclosureReport"/> already applies under any options whose resolver
    /// reaches the type (reflection, or a context of yours that includes a type holding a report). This call makes the
    /// report known to options whose resolvers do not reach it, as in a Native AOT app whose context lists only its own
    /// types. Options without any resolver that fall back to reflection are left as they are, so the fallback stays.</para>
    /// <para>Calling it twice adds nothing the second time. Setting <see cref="JsonSerializerOptions.TypeInfoResolver"/>
    /// afterwards replaces the chain, and with it this resolver.</para>
    /// </remarks>
    /// <param name="options">The options; not read-only.</param>
    /// <returns>The same options, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The options are read-only (already used, or made read-only).</exception>
    public static JsonSerializerOptions AddDisclosureModel(this JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(options);
        if (options.TypeInfoResolver is null && JsonSerializer.IsReflectionEnabledByDefault)
        {
            // Adding to the empty chain would set a resolver and so turn off the reflection fallback.
            if (options.IsReadOnly)
            {
                throw new InvalidOperationException("The serializer options are read-only.");
            }

            return options;
        }

        if (!options.TypeInfoResolverChain.Contains(ReportValueResolver.Instance))
        {
            options.TypeInfoResolverChain.Insert(0, ReportValueResolver.Instance);
        }

        return options;
    }

    /// <summary>Gives <see cref="DisclosureReport"/> as a value of <see cref="DisclosureReportJsonConverter"/>, under any options.</summary>
    private sealed class ReportValueResolver : IJsonTypeInfoResolver
    {
        public static ReportValueResolver Instance { get; } = new();

        private static readonly DisclosureReportJsonConverter Converter = new();

        public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options)
        {
            if (type != typeof(DisclosureReport))
            {
                return null;
            }

            var typeInfo = JsonMetadataServices.CreateValueInfo<DisclosureReport>(options, Converter);
            typeInfo.OriginatingResolver = this;
            return typeInfo;
        }
    }
}
