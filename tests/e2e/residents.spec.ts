import { test } from './drivers/residents-app-test'

// A resident offers their gifts on their phone with the keyboard alone, checks their answers,
// sends the offer, signs in (local mode: by the email typed on this device), downloads what is held
// about them and erases it. Each page is checked with axe-core (WCAG 2.0–2.2 A and AA: nothing
// serious or critical), for sideways scrolling on the phone and at 200% zoom, and every Tab stop
// for a visible focus ring.
const NAME = 'Amina 🌻 أمينة'
const GIFT_IN_OWN_WORDS = '<script>alert("gift")</script> & listening'
const EMAIL = 'amina.e2e@example.test'

test.describe('offering your gifts', () => {
  test('a resident on a phone offers their gifts by keyboard, signs in, downloads their data and erases it', async ({
    residents: { given, when, then },
  }) => {
    await given.phone()
    await given.offerFormOpened()
    await then.isOnPage('Offer your gifts')
    await then.stepIsAccessible('start page')
    await when.followsLink('Start now')

    await then.isOnPage('What name would you like us to use?')
    await when.continues()
    await then.errorSummarySays(['Enter the name you would like us to use'])
    await then.pageTitleIs(/^Error: What name/)
    await then.fieldSaysError('What name would you like us to use?', /Enter the name/)
    await then.stepIsAccessible('name page with an error')
    await when.types('What name would you like us to use?', NAME)
    await when.continues()

    await then.isOnPage('What gifts would you like to offer?')
    await then.stepIsAccessible('gifts page')
    await when.ticks('Cooking and baking')
    await when.describesOwnGift('Heart', GIFT_IN_OWN_WORDS)
    await when.continues()

    await then.isOnPage('What would you like to do?')
    await then.stepIsAccessible('activities page')
    await when.ticks('Help now and then (one-off)')
    await when.ticks('Join the time bank (give an hour, get an hour)')
    await when.continues()

    await then.isOnPage('When are you free?')
    await then.stepIsAccessible('availability page')
    await when.ticks('Weekends')
    await when.continues()

    await then.isOnPage('How far would you travel?')
    await then.stepIsAccessible('travel page')
    await when.chooses('How far would you travel?', 'Around my town (up to 3 km)')
    await when.continues()

    await then.isOnPage('How can we contact you?')
    await then.stepIsAccessible('contact page')
    await when.types('Email address', EMAIL)
    await when.chooses('How would you like us to contact you? (optional)', 'Email')
    await when.continues()

    await then.isOnPage('What is your postcode?')
    await then.stepIsAccessible('postcode page')
    await when.types('What is your postcode?', 'cm1 1ae')
    await when.continues()

    await then.isOnPage('What do you agree to?')
    await then.nothingIsTicked()
    await then.stepIsAccessible('consent page')
    await when.ticks(/counted, with others/)
    await when.continues()

    await then.isOnPage('Check your answers before sending your offer')
    await then.answerShows('Name', NAME)
    await then.answerShows('Gifts', `Hands: Cooking and bakingHeart: ${GIFT_IN_OWN_WORDS}`)
    await then.answerShows('Postcode', 'cm1 1ae')
    await then.stepIsAccessible('check your answers')
    await when.sendsOffer()

    await then.isOnPage('Offer sent')
    await then.says(`Thank you, ${NAME}.`)
    await then.stepIsAccessible('confirmation')
    await when.followsLink('Your data: see, change, download or erase it')

    await then.isOnPage('Your data')
    await then.stepIsAccessible('sign in')
    await when.types('Email address', EMAIL)
    await when.signsInOnThisDevice()
    await then.answerShows('Name', NAME)
    await then.answerShows('Postcode (only you and administrators see it)', 'CM1 1AE')
    await then.stepIsAccessible('your data')
    const downloaded = await when.downloadsTheirData()
    then.downloadHolds(downloaded, {
      name: NAME,
      email: EMAIL,
      postcode: 'CM1 1AE',
      gift: GIFT_IN_OWN_WORDS,
    })

    await when.erasesTheirData()
    await then.says('Your data has been erased')
    await then.says('We hold no data about you.')
    await then.stepIsAccessible('after erasure')
    then.everyTabStopShowedFocus()
  })
})
