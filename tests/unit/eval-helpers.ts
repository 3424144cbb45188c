import type { Knowledge } from '../../src/ingest/knowledge';
import { CuratedCountrySchema } from '../../src/schemas/country';
import { CuratedOrganizationSchema } from '../../src/schemas/organization';

/** A small hand-made slice of the curated data, built through the schemas. */
export const testKnowledge: Pick<Knowledge, 'countries' | 'organizations'> = {
  countries: [
    { id: 'vietnam', name: 'Vietnam', nameEn: 'Vietnam', aliases: ['Viet Nam'], demonyms: ['vietnamien', 'vietnamienne'] },
    { id: 'laos', name: 'Laos', nameEn: 'Laos', aliases: [], demonyms: ['lao', 'laotien', 'laotienne'] },
    { id: 'chine', name: 'Chine', nameEn: 'China', aliases: [], demonyms: ['chinois', 'chinoise'] },
    { id: 'russie', name: 'Russie', nameEn: 'Russia', aliases: [], demonyms: ['russe'] },
    { id: 'etats-unis', name: 'États-Unis', nameEn: 'United States', aliases: ['USA'], demonyms: ['américain', 'américaine'] },
    { id: 'australie', name: 'Australie', nameEn: 'Australia', aliases: [], demonyms: ['australien', 'australienne'] },
  ].map((c) => CuratedCountrySchema.parse(c)),
  organizations: [
    { id: 'ministere-securite-publique', name: 'ministère de la Sécurité publique', aliases: ['ministère de la Police'], country: 'vietnam' },
    { id: 'amazon', name: 'Amazon', country: 'etats-unis' },
    { id: 'aws', name: 'Amazon Web Services', abbreviations: ['AWS'], country: 'etats-unis', parent: 'amazon' },
  ].map((o) => CuratedOrganizationSchema.parse(o)),
};
