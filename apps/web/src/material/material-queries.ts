import { graphql } from '../gql';

// The material register, one material with its versions and links, its forms' fields, "Att
// granska" and the mutations. Files are uploaded outside GraphQL (material-upload.ts).

/** Naming the types makes urql's document cache fetch every material query again after a change. */
export const MATERIAL_CHANGED = { additionalTypenames: ['Material', 'MaterialVersion', 'MaterialReviews', 'HistoryEntry', 'Network', 'Initiative', 'Method'] };

export const materialFileFieldsFragment = graphql(`
  fragment MaterialFileFields on MaterialFile {
    id
    name
    mediaType
    sizeBytes
    scanStatus
    available
    previewable
    canRescan
  }
`);

export const materialVersionFieldsFragment = graphql(`
  fragment MaterialVersionFields on MaterialVersion {
    id
    number
    note
    createdAt
    createdByName
    files {
      ...MaterialFileFields
    }
  }
`);

/** What a list of material shows of each (the register, a network's, an initiative's and a method's list). */
export const materialListFieldsFragment = graphql(`
  fragment MaterialListFields on Material {
    id
    title
    summary
    kind
    themes
    visibility
    reviewStatus
    validTo
    nextReviewOn
    archived
    isDemo
    currentVersionNumber
    currentVersion {
      id
      number
      createdAt
    }
    organization {
      slug
      name
    }
    adaptations {
      organization {
        slug
        name
      }
    }
  }
`);

// One query for the register's list and its export: facets only for the first page of the list.
export const materialRegisterQuery = graphql(`
  query MaterialRegister($search: String, $filter: MaterialFilter, $orderBy: MaterialOrder, $first: Int!, $after: String, $withFacets: Boolean!) {
    materials(search: $search, filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      facets @include(if: $withFacets) {
        kind {
          value
          count
        }
        theme {
          value
          count
        }
        organization {
          value
          count
        }
        reviewStatus {
          value
          count
        }
        hasAdaptations {
          value
          count
        }
      }
      edges {
        cursor
        node {
          ...MaterialListFields
        }
      }
    }
  }
`);

export const materialPageQuery = graphql(`
  query MaterialPage($id: ID!) {
    material(id: $id) {
      ...MaterialListFields
      isAdaptation
      description
      audiences
      language
      licence
      responsibleName
      responsibleEmail
      validFrom
      reviewCycleMonths
      lastReviewedAt
      version
      canEdit
      updatedAt
      currentVersion {
        ...MaterialVersionFields
      }
      versions {
        ...MaterialVersionFields
      }
      adaptedFrom {
        id
        title
        organization {
          slug
          name
        }
      }
      adaptations {
        createdAt
        organization {
          slug
          name
        }
        material {
          id
          title
        }
      }
      originalChange {
        seenVersion
        currentVersion
        original {
          id
          title
          organization {
            slug
            name
          }
        }
        newVersions {
          ...MaterialVersionFields
        }
      }
      initiatives {
        id
        title
      }
      methods {
        id
        name
      }
    }
  }
`);

export const materialHistoryQuery = graphql(`
  query MaterialPageHistory($id: ID!) {
    materialHistory(id: $id) {
      id
      action
      actorName
      createdAt
      version
      changes {
        field
        before {
          ...ChangeValueFields
        }
        after {
          ...ChangeValueFields
        }
      }
    }
  }
`);

export const materialFormFieldsFragment = graphql(`
  fragment MaterialFormFields on Material {
    id
    title
    kind
    summary
    description
    themes
    audiences
    language
    licence
    visibility
    responsibleName
    responsibleEmail
    validFrom
    validTo
    reviewCycleMonths
    nextReviewOn
    initiatives {
      id
      title
    }
    methods {
      id
      name
    }
    version
    archived
    canEdit
    currentVersionNumber
    currentVersion {
      ...MaterialVersionFields
    }
  }
`);

export const materialForEditQuery = graphql(`
  query MaterialForEdit($id: ID!) {
    material(id: $id) {
      ...MaterialFormFields
    }
  }
`);

/** The initiatives the reader may read, to link material to those that produced it. */
export const materialInitiativeChoicesQuery = graphql(`
  query MaterialInitiativeChoices {
    initiatives(first: 100, orderBy: TITLE) {
      edges {
        node {
          id
          title
        }
      }
    }
  }
`);

/** The methods the reader may read, to link material to the methods it belongs to. */
export const materialMethodChoicesQuery = graphql(`
  query MaterialMethodChoices {
    methods(first: 100, orderBy: NAME) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export const createMaterialMutation = graphql(`
  mutation CreateMaterial($input: MaterialInput!, $files: MaterialVersionInput) {
    createMaterial(input: $input, files: $files) {
      id
    }
  }
`);

export const updateMaterialMutation = graphql(`
  mutation UpdateMaterial($id: ID!, $version: Int!, $input: MaterialInput!) {
    updateMaterial(id: $id, version: $version, input: $input) {
      ...MaterialFormFields
    }
  }
`);

export const publishMaterialVersionMutation = graphql(`
  mutation PublishMaterialVersion($id: ID!, $version: Int!, $input: MaterialVersionInput!) {
    publishMaterialVersion(id: $id, version: $version, input: $input) {
      ...MaterialFormFields
    }
  }
`);

export const archiveMaterialMutation = graphql(`
  mutation ArchiveMaterial($id: ID!) {
    archiveMaterial(id: $id) {
      ...MaterialFormFields
    }
  }
`);

export const restoreMaterialMutation = graphql(`
  mutation RestoreMaterial($id: ID!) {
    restoreMaterial(id: $id) {
      ...MaterialFormFields
    }
  }
`);

export const adaptMaterialMutation = graphql(`
  mutation AdaptMaterial($id: ID!) {
    adaptMaterial(id: $id) {
      id
    }
  }
`);

export const markMaterialReviewedMutation = graphql(`
  mutation MarkMaterialReviewed($id: ID!, $version: Int!) {
    markMaterialReviewed(id: $id, version: $version) {
      id
      version
      reviewStatus
      nextReviewOn
      lastReviewedAt
    }
  }
`);

export const acknowledgeMaterialOriginalChangeMutation = graphql(`
  mutation AcknowledgeMaterialOriginalChange($id: ID!, $version: Int!) {
    acknowledgeMaterialOriginalChange(id: $id, version: $version) {
      id
      version
    }
  }
`);

export const rescanMaterialFileMutation = graphql(`
  mutation RescanMaterialFile($fileId: ID!) {
    rescanMaterialFile(fileId: $fileId) {
      ...MaterialFileFields
    }
  }
`);

export const createMaterialFileLinkMutation = graphql(`
  mutation CreateMaterialFileLink($fileId: ID!, $preview: Boolean!) {
    createMaterialFileLink(fileId: $fileId, preview: $preview) {
      url
      expiresAt
    }
  }
`);

export const materialReviewsQuery = graphql(`
  query MaterialReviews {
    materialReviews {
      responsible {
        ...MaterialListFields
        responsibleName
      }
      organization {
        ...MaterialListFields
        responsibleName
      }
      originalChanged {
        ...MaterialListFields
        originalChange {
          currentVersion
          seenVersion
          original {
            id
            title
          }
        }
      }
    }
  }
`);

/** The material of an initiative, a network or a method, for the section on their pages. */
export const initiativeMaterialQuery = graphql(`
  query InitiativeMaterial($id: ID!) {
    initiative(id: $id) {
      id
      material {
        ...MaterialListFields
      }
    }
  }
`);

export const networkMaterialQuery = graphql(`
  query NetworkMaterial($id: ID!) {
    network(id: $id) {
      id
      material {
        ...MaterialListFields
      }
    }
  }
`);

export const methodMaterialQuery = graphql(`
  query MethodMaterial($id: ID!) {
    method(id: $id) {
      id
      material {
        ...MaterialListFields
      }
    }
  }
`);
