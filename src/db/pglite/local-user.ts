/** The id of local mode's single user (see local-user.sql). */
export const LOCAL_USER_ID = '00000000-0000-4000-8000-00000000a11c'
