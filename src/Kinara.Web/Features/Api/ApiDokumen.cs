using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Kinara.Web.Features.Api;

/// <summary>Endpoint metadata: this write needs If-Match (documented as a required header).</summary>
public sealed class PerluIfMatchMetadata;

/// <summary>Endpoint metadata: the success answer carries the SKP's version as ETag.</summary>
public sealed class BerETagMetadata;

/// <summary>
/// The OpenAPI document at /openapi/v1.json (Microsoft.AspNetCore.OpenApi): Indonesian summaries from the endpoints,
/// the bearer scheme, If-Match / ETag headers and the shared error answers.
/// </summary>
public static class ApiDokumen
{
    public const string Nama = "v1";

    private const string Pengantar =
        "API JSON Kinara untuk SKP (Sasaran Kinerja Pegawai), dengan aturan yang sama persis dengan halaman web.\n\n" +
        "**Masuk**: POST /api/v1/token dengan NIP dan kata sandi (serta kodeDuaFaktor bila akun memakainya), lalu kirim " +
        "`Authorization: Bearer <accessToken>` pada setiap permintaan. Kuki sesi aplikasi web tidak berlaku untuk API.\n\n" +
        "**Konkurensi**: setiap GET SKP mengembalikan `ETag` = versi SKP. Setiap perubahan wajib mengirim `If-Match` berisi ETag itu: " +
        "tanpa If-Match → 428, versi sudah berubah → 412.\n\n" +
        "**Galat** (RFC 7807, `application/problem+json`, dengan `title`/`detail` berbahasa Indonesia dan `kode`): " +
        "400 isian tidak valid (`errors` per isian), 401 tanpa token atau token tidak berlaku, 403 tidak berwenang, " +
        "404 tidak ditemukan (juga data instansi lain), 412 versi basi, 413 terlalu besar, 415 bukan JSON, " +
        "422 aturan SKP menolak (`masalah` memuat daftar bila ada beberapa), 423 akun terkunci, 428 If-Match wajib.";

    public static RouteHandlerBuilder PerluIfMatch(this RouteHandlerBuilder b) =>
        b.WithMetadata(new PerluIfMatchMetadata(), new BerETagMetadata()).DenganGalat(401, 412, 428);

    public static RouteHandlerBuilder BerETag(this RouteHandlerBuilder b) => b.WithMetadata(new BerETagMetadata()).DenganGalat(401);

    /// <summary>Documents the error answers an endpoint can give (all ProblemDetails; 400 with field errors).</summary>
    public static RouteHandlerBuilder DenganGalat(this RouteHandlerBuilder b, params int[] status)
    {
        foreach (var s in status)
        {
            b = s == StatusCodes.Status400BadRequest ? b.ProducesValidationProblem() : b.ProducesProblem(s);
        }
        return b;
    }

    public static void Atur(OpenApiOptions o)
    {
        o.ShouldInclude = d => d.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true;
        o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info = new OpenApiInfo { Title = "Kinara API", Version = "v1", Description = Pengantar };
            doc.Components ??= new OpenApiComponents();
            doc.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            doc.Components.SecuritySchemes["Bearer"] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = "accessToken dari POST /api/v1/token (berlaku singkat; perbarui lewat POST /api/v1/token/refresh).",
            };
            return Task.CompletedTask;
        });
        o.AddOperationTransformer((op, ctx, _) =>
        {
            var metadata = ctx.Description.ActionDescriptor.EndpointMetadata;
            if (!metadata.OfType<IAllowAnonymous>().Any())
            {
                op.Security ??= [];
                op.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("Bearer", ctx.Document)] = [] });
            }
            if (metadata.OfType<PerluIfMatchMetadata>().Any())
            {
                op.Parameters ??= [];
                op.Parameters.Add(new OpenApiParameter
                {
                    Name = "If-Match",
                    In = ParameterLocation.Header,
                    Required = true,
                    Description = "ETag SKP dari GET terakhir, misalnya \"3\". Tanpa header ini → 428; versi sudah berubah → 412.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                });
            }
            if (metadata.OfType<BerETagMetadata>().Any())
            {
                foreach (var (kode, jawaban) in op.Responses ?? [])
                {
                    if (kode.StartsWith('2') && jawaban is OpenApiResponse r)
                    {
                        r.Headers ??= new Dictionary<string, IOpenApiHeader>();
                        r.Headers["ETag"] = new OpenApiHeader { Description = "Versi SKP, untuk If-Match pada perubahan berikutnya.", Schema = new OpenApiSchema { Type = JsonSchemaType.String } };
                    }
                }
            }
            return Task.CompletedTask;
        });
    }
}
