/** Regions and ministries as hub entities (names + mention counter). */
import { REGIONS, type Region } from './regions.ts';
import { ministryNames, type Ministry } from './ministries.ts';
import { countMinistryMentions, countRegionMentions } from './detect-entities.ts';
import { labelName, type HubEntity } from './hubs.ts';

/** A region as a hub entity. */
export function regionEntity(region: Region): HubEntity {
	return { slug: region.slug, names: region.names, count: countRegionMentions };
}

/** A ministry as a hub entity. */
export function ministryEntity(ministry: Ministry): HubEntity {
	return { slug: ministry.slug, names: ministryNames(ministry), count: countMinistryMentions };
}

const regionNames = new Set(REGIONS.flatMap((region) => region.names));

/** Is a table row label a region (a peer row of a provincial table)? */
export function isRegionLabel(label: string): boolean {
	return regionNames.has(labelName(label));
}
